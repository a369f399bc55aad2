package de.rathaus.identity.directory;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.ldap.NamingException;
import org.springframework.ldap.core.DirContextOperations;
import org.springframework.ldap.core.support.LdapContextSource;
import org.springframework.ldap.support.LdapUtils;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.ldap.SpringSecurityLdapTemplate;
import org.springframework.security.ldap.search.FilterBasedLdapUserSearch;
import org.springframework.util.StringUtils;

/** One town's directory: finds a person by login name, checks their password, lists their groups. */
final class TownDirectory {

    /** Someone the directory knows. */
    record Person(
            String dn,
            String id,
            @Nullable String email,
            @Nullable String displayName) {}

    private final DirectoryProperties.Town settings;
    private final LdapContextSource contexts;
    private final FilterBasedLdapUserSearch people;
    private final SpringSecurityLdapTemplate groups;

    TownDirectory(DirectoryProperties.Town settings) {
        this.settings = settings;
        this.contexts = new LdapContextSource();
        contexts.setUrl(settings.url());
        contexts.setBase(settings.base());
        if (StringUtils.hasText(settings.managerDn())) {
            contexts.setUserDn(settings.managerDn());
            contexts.setPassword(settings.managerPassword() == null ? "" : settings.managerPassword());
        } else {
            contexts.setAnonymousReadOnly(true);
        }
        String millis = Long.toString(settings.timeout().toMillis());
        Map<String, Object> environment = new HashMap<>();
        // a directory that hangs must not hold the sign-in page for long
        environment.put("com.sun.jndi.ldap.connect.timeout", millis);
        environment.put("com.sun.jndi.ldap.read.timeout", millis);
        // objectGUID (Active Directory) is binary; declaring the id attribute binary works for text ids too
        environment.put("java.naming.ldap.attributes.binary", settings.idAttribute());
        contexts.setBaseEnvironmentProperties(environment);
        contexts.afterPropertiesSet();

        this.people = new FilterBasedLdapUserSearch(settings.userSearchBase(), settings.userSearchFilter(), contexts);
        // operational attributes such as entryUUID are only returned when asked for by name
        people.setReturningAttributes(
                new String[] {settings.idAttribute(), settings.emailAttribute(), settings.nameAttribute(), "cn"});
        people.setSearchTimeLimit((int) settings.timeout().toMillis());
        this.groups = new SpringSecurityLdapTemplate(contexts);
    }

    DirectoryProperties.Town settings() {
        return settings;
    }

    /**
     * The person with this login name; empty if there is none or more than one.
     *
     * @throws DirectoryUnavailableException if the directory cannot be asked
     */
    Optional<Person> find(String loginName) {
        try {
            return Optional.of(person(people.searchForUser(loginName)));
        } catch (UsernameNotFoundException | IncorrectResultSizeDataAccessException notOneMatch) {
            return Optional.empty();
        } catch (NamingException e) {
            throw new DirectoryUnavailableException(e);
        }
    }

    /**
     * Whether the password is the person's, by signing in to the directory as them.
     *
     * @throws DirectoryUnavailableException if the directory cannot be asked
     */
    boolean passwordMatches(Person person, String password) {
        if (password.isEmpty()) {
            // a bind with an empty password is an anonymous bind, which many directories accept
            return false;
        }
        try {
            LdapUtils.closeContext(contexts.getContext(person.dn(), password));
            return true;
        } catch (org.springframework.ldap.AuthenticationException
                | org.springframework.ldap.OperationNotSupportedException e) {
            // wrong password, or (Active Directory) an expired or locked account
            return false;
        } catch (NamingException e) {
            throw new DirectoryUnavailableException(e);
        }
    }

    /** The DNs of the person's groups. */
    List<LdapName> groupsOf(Person person, String loginName) {
        try {
            return groups
                    .searchForMultipleAttributeValues(
                            settings.groupSearchBase(),
                            settings.groupSearchFilter(),
                            new String[] {person.dn(), loginName},
                            new String[] {"cn"})
                    .stream()
                    .flatMap(group -> group.getOrDefault(SpringSecurityLdapTemplate.DN_KEY, List.of()).stream())
                    .map(TownDirectory::name)
                    .flatMap(Optional::stream)
                    .toList();
        } catch (NamingException e) {
            throw new DirectoryUnavailableException(e);
        }
    }

    static Optional<LdapName> name(String dn) {
        try {
            return Optional.of(new LdapName(dn));
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
    }

    private Person person(DirContextOperations entry) {
        Object id = entry.getObjectAttribute(settings.idAttribute());
        if (id == null) {
            throw new DirectoryUnavailableException(
                    new IllegalStateException("The directory entry " + entry.getNameInNamespace() + " has no "
                            + settings.idAttribute() + "; check rathaus.identity.directory...id-attribute"));
        }
        String name = entry.getStringAttribute(settings.nameAttribute());
        return new Person(
                entry.getNameInNamespace(),
                id instanceof byte[] bytes ? idOf(bytes) : id.toString(),
                entry.getStringAttribute(settings.emailAttribute()),
                StringUtils.hasText(name) ? name : entry.getStringAttribute("cn"));
    }

    /** A binary id as text: Active Directory's 16-byte objectGUID in its usual form, anything else as sent. */
    static String idOf(byte[] bytes) {
        if (bytes.length != 16) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        // the first three groups of a GUID are little-endian on the wire
        ByteBuffer little = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long high = ((long) little.getInt(0) << 32)
                | ((little.getShort(4) & 0xffffL) << 16)
                | (little.getShort(6) & 0xffffL);
        long low = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN).getLong(8);
        return new UUID(high, low).toString();
    }
}

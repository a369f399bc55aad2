package de.rathaus.identity;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFException;
import de.rathaus.TestServers;
import java.net.InetAddress;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The directory of the test town "verzeichnis" (an UnboundID in-memory LDAP server on
 * {@link TestServers#LDAP_PORT}), started once per JVM; each test adds its own people.
 */
public final class TestDirectory {

    public static final String BASE = "dc=verzeichnis,dc=example";
    public static final String PASSWORD = "Verzeichnis-Passwort-1";
    public static final String CLERKS = group("bauamt-sachbearbeitung");
    public static final String EDITORS = group("redaktion");
    /** A group that gives no role in Rathaus. */
    public static final String CHOIR = group("betriebschor");

    private static InMemoryDirectoryServer server;

    private TestDirectory() {}

    public static synchronized InMemoryDirectoryServer running() {
        if (server == null) {
            try {
                var config = new InMemoryDirectoryServerConfig(BASE);
                config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig(
                        "ldap", InetAddress.getLoopbackAddress(), TestServers.LDAP_PORT, null));
                server = new InMemoryDirectoryServer(config);
                server.add("dn: " + BASE, "objectClass: domain", "dc: verzeichnis");
                for (String unit : new String[] {"personen", "gruppen", "dienste"}) {
                    server.add("dn: ou=" + unit + "," + BASE, "objectClass: organizationalUnit", "ou: " + unit);
                }
                server.add(
                        "dn: cn=rathaus,ou=dienste," + BASE,
                        "objectClass: person",
                        "cn: rathaus",
                        "sn: Rathaus",
                        "userPassword: dienst-passwort");
                for (String group : new String[] {CLERKS, EDITORS, CHOIR, group("gemeinde-admins")}) {
                    // groupOfNames needs a member; the service account is one nobody signs in as
                    server.add(
                            "dn: " + group,
                            "objectClass: groupOfNames",
                            "cn: " + group.substring(3, group.indexOf(',')),
                            "member: cn=rathaus,ou=dienste," + BASE);
                }
                server.startListening();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> server.shutDown(true)));
            } catch (LDAPException | LDIFException e) {
                throw new IllegalStateException(e);
            }
        }
        return server;
    }

    /** Someone with a user name, a directory password, an address (or none) and groups. */
    public record Person(
            String uid, String dn, String name, @Nullable String email) {}

    public static Person person(String name, @Nullable String email, String... groups) {
        String uid = "p" + UUID.randomUUID().toString().substring(0, 8);
        String dn = "uid=" + uid + ",ou=personen," + BASE;
        try {
            if (email == null) {
                running()
                        .add(
                                "dn: " + dn,
                                "objectClass: inetOrgPerson",
                                "uid: " + uid,
                                "cn: " + name,
                                "sn: " + name,
                                "displayName: " + name,
                                "userPassword: " + PASSWORD);
            } else {
                running()
                        .add(
                                "dn: " + dn,
                                "objectClass: inetOrgPerson",
                                "uid: " + uid,
                                "cn: " + name,
                                "sn: " + name,
                                "displayName: " + name,
                                "mail: " + email,
                                "userPassword: " + PASSWORD);
            }
            for (String group : groups) {
                join(dn, group);
            }
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException(e);
        }
        return new Person(uid, dn, name, email);
    }

    public static void join(String dn, String group) {
        modify(group, new Modification(ModificationType.ADD, "member", dn));
    }

    public static void leave(String dn, String group) {
        modify(group, new Modification(ModificationType.DELETE, "member", dn));
    }

    /** The id the directory gave the entry, which links it to its Rathaus account. */
    public static String entryUuid(String dn) {
        try {
            return running().getEntry(dn, "entryUUID").getAttributeValue("entryUUID");
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void remove(String dn) {
        try {
            running().delete(dn);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void rename(String dn, String newName) {
        modify(dn, new Modification(ModificationType.REPLACE, "displayName", newName));
    }

    /** Runs the work while the directory does not answer. */
    public static void whileDown(Runnable work) {
        running().shutDown(true);
        try {
            work.run();
        } finally {
            try {
                running().startListening();
            } catch (LDAPException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void modify(String dn, Modification modification) {
        try {
            running().modify(dn, modification);
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String group(String cn) {
        return "cn=" + cn + ",ou=gruppen," + BASE;
    }
}

package de.rathaus.platform.abuse;

import jakarta.servlet.http.HttpServletRequest;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Turns who is asking into a key for {@link RateLimits} without storing personal data: client
 * addresses and e-mail addresses are hashed with HMAC-SHA256 under the installation's key, so a
 * stored key cannot be traced back by trying all addresses.
 *
 * <p>IPv6 clients are grouped by their /64 network: one household or device may pick any address
 * in its /64, so counting single addresses would count nothing.
 */
@Component
public class ClientKeys {

    static final String KEY_PURPOSE = "client-key";

    // only address literals are parsed: getByName would otherwise ask DNS for a host name
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final InstallationKeys keys;

    ClientKeys(InstallationKeys keys) {
        this.keys = keys;
    }

    /**
     * The key of the client that sent this request (its address as Spring resolved it from the
     * forward headers, {@code server.forward-headers-strategy: framework}).
     */
    public String of(HttpServletRequest request) {
        return ofAddress(request.getRemoteAddr());
    }

    /** The key of a client address (IPv4, or IPv6 reduced to its /64). */
    public String ofAddress(String address) {
        return "ip:" + Hashing.hmac(keys.key(KEY_PURPOSE), "ip:" + network(address));
    }

    /** The key of an e-mail address, for limits per recipient; case and surrounding spaces do not matter. */
    public String ofEmail(String email) {
        return "mail:"
                + Hashing.hmac(keys.key(KEY_PURPOSE), "mail:" + email.strip().toLowerCase(Locale.ROOT));
    }

    /** The address as counted: an IPv4 address as it is, an IPv6 address as its /64 prefix. */
    static String network(String address) {
        String literal = address.strip();
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (!ADDRESS_LITERAL.matcher(literal).matches()) {
            return literal;
        }
        try {
            InetAddress parsed = InetAddress.getByName(literal);
            if (parsed instanceof Inet6Address) {
                byte[] prefix = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(prefix, 8, 16, (byte) 0);
                return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return literal;
        }
    }
}

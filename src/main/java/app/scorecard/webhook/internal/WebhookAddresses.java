package app.scorecard.webhook.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which webhook URLs the app may POST to: {@code http} or {@code https}, a host and no user or password in it — and,
 * unless {@code scorecard.webhooks.allow-private-addresses} is set, a host none of whose addresses is loopback,
 * link-local (cloud metadata services live there), private (RFC 1918, unique-local IPv6, shared address space),
 * unspecified, broadcast or multicast: otherwise the setting would let an admin's mistake, or a borrowed admin
 * session, reach services that only trust the app's own network. Checked when the URL is saved and again before every
 * attempt, since what a name resolves to can change.
 */
@Component
class WebhookAddresses {

    private final boolean allowPrivate;

    WebhookAddresses(WebhookProperties properties) {
        this.allowPrivate = properties.allowPrivateAddresses();
    }

    /** @return the message key of what is wrong with the URL, or nothing */
    Optional<String> problem(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("webhook.problem.urlInvalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getFragment() != null) {
            return Optional.of("webhook.problem.urlInvalid");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("webhook.problem.scheme");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("webhook.problem.userInfo");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.of("webhook.problem.unknownHost");
        }
        if (!allowPrivate) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    return Optional.of("webhook.problem.privateAddress");
                }
            }
        }
        return Optional.empty();
    }

    /** Whether an address belongs to a network the app's own host may trust, or to no single host at all. */
    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isInternalIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            int first = bytes[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {
                return true; // fc00::/7, unique local
            }
            if (isMappedIpv4(bytes) || isNat64(bytes)) {
                byte[] ipv4 = {bytes[12], bytes[13], bytes[14], bytes[15]};
                try {
                    return isInternal(InetAddress.getByAddress(ipv4));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isInternalIpv4(byte[] bytes) {
        int a = bytes[0] & 0xff;
        int b = bytes[1] & 0xff;
        return a == 0 // "this network"
                || (a == 100 && b >= 64 && b <= 127) // 100.64.0.0/10, shared address space (carrier-grade NAT)
                || (a == 192 && b == 0 && (bytes[2] & 0xff) == 0) // 192.0.0.0/24, protocol assignments
                || (a == 198 && (b == 18 || b == 19)) // 198.18.0.0/15, benchmarking
                || a >= 240; // reserved and broadcast
    }

    /** ::ffff:a.b.c.d, an IPv4 address written as IPv6 (Java usually turns it into IPv4 itself). */
    private static boolean isMappedIpv4(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    /** 64:ff9b::a.b.c.d, an IPv4 address reached through NAT64. */
    private static boolean isNat64(byte[] bytes) {
        byte[] prefix = {0, 0x64, (byte) 0xff, (byte) 0x9b, 0, 0, 0, 0, 0, 0, 0, 0};
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}

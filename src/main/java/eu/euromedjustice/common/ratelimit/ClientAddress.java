package eu.euromedjustice.common.ratelimit;

import java.util.HexFormat;

import io.netty.util.NetUtil;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request came from, as a rate-limit key. It is Vert.x's remote address, which
 * Quarkus takes from Forwarded or X-Forwarded-For only when its proxy settings
 * (quarkus.http.proxy.*) say so: without them a client cannot choose its own bucket by sending
 * such a header.
 */
public final class ClientAddress {

    /** Longest key taken from a remote address that is not an IP address (Forwarded may carry a name). */
    private static final int MAX_OTHER = 64;
    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddress() {
    }

    /**
     * "ip:" and the IPv4 address, or "ip:" and the /64 network of an IPv6 address: a single
     * IPv6 client usually holds a whole /64, and would otherwise have as many buckets as it likes.
     */
    public static String of(HttpServerRequest request) {
        SocketAddress remote = request == null ? null : request.remoteAddress();
        String host = remote == null ? null : remote.hostAddress() != null ? remote.hostAddress() : remote.host();
        return host == null ? "ip:unknown" : key(host);
    }

    static String key(String host) {
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        int zone = literal.indexOf('%');
        if (zone >= 0) {
            literal = literal.substring(0, zone);
        }
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(literal); // literals only, never a name lookup
        if (bytes == null) {
            return "other:" + (host.length() > MAX_OTHER ? host.substring(0, MAX_OTHER) : host);
        }
        if (bytes.length == 16 && isIpv4Mapped(bytes)) {
            return "ip:" + (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "." + (bytes[15] & 0xff);
        }
        if (bytes.length == 16) {
            return "ip:" + HexFormat.of().formatHex(bytes, 0, IPV6_NETWORK_BYTES) + "::/64";
        }
        return "ip:" + (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
    }

    private static boolean isIpv4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
    }
}

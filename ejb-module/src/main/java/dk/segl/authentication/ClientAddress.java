package dk.segl.authentication;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The key a client address is throttled by: an IPv4 address as it is, an IPv6 address by its /64
 * network, because one IPv6 client usually holds a whole /64 and could otherwise change address
 * with every guess.
 */
final class ClientAddress {

    private static final int IPV6_NETWORK_BYTES = 8;

    private ClientAddress() {
    }

    static String keyOf(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // A literal address: InetAddress parses it without asking DNS.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length <= IPV6_NETWORK_BYTES) {
                return address;
            }
            Arrays.fill(bytes, IPV6_NETWORK_BYTES, bytes.length, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}

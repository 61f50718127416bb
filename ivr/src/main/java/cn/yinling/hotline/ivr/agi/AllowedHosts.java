package cn.yinling.hotline.ivr.agi;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The addresses FastAGI accepts connections from: IPv4 and IPv6 addresses and CIDR blocks
 * ({@code 10.0.0.21}, {@code 10.0.0.0/24}, {@code ::1}). Host names are refused at start-up: a name
 * would be looked up once and silently go stale, or be looked up on every connection.
 */
final class AllowedHosts {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]*:[0-9A-Fa-f:.]*");

    private record Block(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false; // an IPv4 rule never matches an IPv6 peer, and the other way round
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private final List<Block> blocks;
    private final List<String> entries;

    private AllowedHosts(List<Block> blocks, List<String> entries) {
        this.blocks = blocks;
        this.entries = entries;
    }

    /** Parses {@code hotline.ivr.allowed-hosts}; throws with the offending entry when one is not an address or block. */
    static AllowedHosts of(List<String> entries) {
        List<String> cleaned = entries.stream().map(String::strip).filter(e -> !e.isEmpty()).toList();
        if (cleaned.isEmpty()) {
            throw new IllegalArgumentException("hotline.ivr.allowed-hosts is empty: no Asterisk could connect");
        }
        return new AllowedHosts(cleaned.stream().map(AllowedHosts::block).toList(), cleaned);
    }

    boolean allows(InetAddress address) {
        byte[] bytes = address.getAddress();
        return blocks.stream().anyMatch(b -> b.contains(bytes));
    }

    @Override
    public String toString() {
        return String.join(", ", entries);
    }

    private static Block block(String entry) {
        int slash = entry.indexOf('/');
        String host = slash < 0 ? entry : entry.substring(0, slash);
        byte[] network = literal(host, entry);
        int bits = network.length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("hotline.ivr.allowed-hosts: bad prefix length in '" + entry + "'");
            }
        }
        return new Block(network, prefix);
    }

    /** The address bytes of an IP literal, without ever asking DNS. */
    private static byte[] literal(String host, String entry) {
        if (IPV4.matcher(host).matches()) {
            byte[] bytes = new byte[4];
            String[] parts = host.split("\\.");
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(parts[i]);
                if (part > 255) {
                    throw new IllegalArgumentException("hotline.ivr.allowed-hosts: not an IP address: '" + entry + "'");
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (!IPV6.matcher(host).matches()) {
            throw new IllegalArgumentException("hotline.ivr.allowed-hosts takes IP addresses and CIDR blocks, not host"
                    + " names: '" + entry + "'");
        }
        try {
            return InetAddress.getByName(host).getAddress(); // an IPv6 literal is parsed, not looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("hotline.ivr.allowed-hosts: not an IP address: '" + entry + "'", e);
        }
    }
}

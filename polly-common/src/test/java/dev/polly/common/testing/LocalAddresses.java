package dev.polly.common.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Collections;
import java.util.Optional;

/**
 * This machine's addresses as seen by a test of what a server listens on: a non-loopback IPv4
 * address (how another host or container would reach a port), and whether a TCP connection to an
 * address and port is accepted.
 */
public final class LocalAddresses {
  private LocalAddresses() {}

  /** An IPv4 address of an up, non-loopback interface, if the machine has one. */
  public static Optional<InetAddress> nonLoopback() {
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!nic.isUp() || nic.isLoopback()) {
          continue;
        }
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
            return Optional.of(address);
          }
        }
      }
      return Optional.empty();
    } catch (SocketException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether {@code port} accepts connections on loopback and refuses them on this machine's other
   * address (true when the machine has no other address).
   */
  public static boolean loopbackOnly(int port) {
    return accepts(InetAddress.getLoopbackAddress(), port)
        && nonLoopback().map(other -> !accepts(other, port)).orElse(true);
  }

  /** Whether {@code address:port} accepts a TCP connection within 2 s. */
  public static boolean accepts(InetAddress address, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address, port), 2_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

package com.channelportal.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.channelportal.stack.base.Ports;
import com.channelportal.stack.base.StackException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A taken port stops the start with one line that names the port, its user and the way out. */
class PortsTest {

  @Test
  void aPortInUseIsNamedWithThePropertyThatMovesIt() throws Exception {
    try (var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      var settings = settings(taken.getLocalPort(), 24_000);

      assertThatThrownBy(() -> Ports.requireFree(settings.ports()))
          .isInstanceOf(StackException.class)
          .hasMessage(
              "Port "
                  + taken.getLocalPort()
                  + " (MariaDB) is already in use; choose another with -Dit.portal.db.port=…")
          .message()
          .doesNotContain("\n");
    }
  }

  @Test
  void twoPartsOnOnePortAreRefusedBeforeAnythingStarts() {
    var settings = settings(24_080, 24_000);

    assertThatThrownBy(() -> Ports.requireFree(settings.ports()))
        .isInstanceOf(StackException.class)
        .hasMessageContaining("Port 24080 is wanted by both MariaDB and Payara HTTP");
  }

  @Test
  void everyPayaraListenerIsChecked() {
    assertThat(settings(24_500, 24_000).ports())
        .extracting(Ports.Wanted::port)
        .contains(24_080, 24_081, 24_048, 24_037, 24_038, 24_039, 24_076, 24_086, 24_066, 24_009);
  }

  private static StackSettings settings(int dbPort, int payaraBase) {
    var none = Path.of("unused");
    return new StackSettings(
        none, dbPort, 24_180, 24_190, 24_525, payaraBase, false, true, none, none, none, "it.");
  }
}

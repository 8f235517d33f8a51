package dk.segl.directory;

import java.time.Duration;
import org.apache.directory.server.core.api.DirectoryService;
import org.apache.directory.server.ldap.LdapServer;
import org.apache.directory.server.protocol.shared.transport.TcpTransport;

/**
 * The LDAP protocol front of the embedded directory, on the loopback interface only. Anonymous
 * searches are capped (size and time) and told so by sizeLimitExceeded / timeLimitExceeded; the
 * administrator is not capped. A stopped listener is replaced by a new one when started again.
 */
final class LdapListener {

    static final String HOST = "127.0.0.1";

    private final DirectoryService service;
    private final int port;
    private final int sizeLimit;
    private final Duration timeLimit;
    private LdapServer server;

    LdapListener(DirectoryService service, int port, int sizeLimit, Duration timeLimit) {
        this.service = service;
        this.port = port;
        this.sizeLimit = sizeLimit;
        this.timeLimit = timeLimit;
    }

    synchronized void start() throws Exception {
        if (listening()) {
            return;
        }
        LdapServer fresh = new LdapServer();
        fresh.setDirectoryService(service);
        fresh.setTransports(new TcpTransport(HOST, port));
        fresh.setMaxSizeLimit(sizeLimit);
        fresh.setMaxTimeLimit(Math.toIntExact(timeLimit.toSeconds()));
        fresh.start();
        server = fresh;
    }

    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    synchronized boolean listening() {
        return server != null && server.isStarted();
    }

    int port() {
        return port;
    }
}

package dk.segl.directory;

import java.time.Duration;
import org.apache.directory.server.core.api.DirectoryService;
import org.apache.directory.server.ldap.LdapServer;
import org.apache.directory.server.protocol.shared.transport.TcpTransport;
import org.apache.mina.core.filterchain.DefaultIoFilterChainBuilder;

/**
 * The LDAP protocol front of the embedded directory, on the loopback interface only. Anonymous
 * searches are capped (size and time) and told so by sizeLimitExceeded / timeLimitExceeded; the
 * administrator is not capped. Connections are bounded in number and idle time. A stopped
 * listener is replaced by a new one when started again.
 */
final class LdapListener {

    static final String HOST = "127.0.0.1";

    /**
     * Network threads, which also run the searches: ApacheDS's default of three lets three slow
     * (unindexed, up to the time limit) searches hold everyone else's.
     */
    private static final int THREADS = 16;
    private static final int BACKLOG = 50;

    private final DirectoryService service;
    private final int port;
    private final DirectoryLimits limits;
    private LdapServer server;

    LdapListener(DirectoryService service, int port, DirectoryLimits limits) {
        this.service = service;
        this.port = port;
        this.limits = limits;
    }

    synchronized void start() throws Exception {
        if (listening()) {
            return;
        }
        LdapServer fresh = new LdapServer();
        fresh.setDirectoryService(service);
        TcpTransport transport = new TcpTransport(HOST, port, THREADS, BACKLOG);
        transport.getAcceptor().getSessionConfig().setBothIdleTime(Math.toIntExact(limits.idleTimeout().toSeconds()));
        fresh.setTransports(transport);
        fresh.setMaxSizeLimit(limits.sizeLimit());
        fresh.setMaxTimeLimit(Math.toIntExact(limits.timeLimit().toSeconds()));
        fresh.start();
        // start() installs ApacheDS's own chain on the acceptor; ours goes in front of it.
        ((DefaultIoFilterChainBuilder) transport.getAcceptor().getFilterChain())
                .addFirst(ConnectionBounds.NAME, new ConnectionBounds(limits.maxConnections()));
        server = fresh;
    }

    synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * Whether an anonymous client gets an answer to a search of {@code c=DK} within the timeout:
     * a listener can be started and still answer nobody (every thread or connection taken).
     */
    boolean answers(Duration timeout) {
        return new DirectoryAddress(HOST, port, false).answers(timeout);
    }

    /** Starts the listener afresh if it should run but does not answer; true when it did. */
    synchronized boolean reviveIfDead(Duration timeout) throws Exception {
        if (server == null || answers(timeout)) {
            return false;
        }
        stop();
        start();
        return true;
    }

    synchronized boolean listening() {
        return server != null && server.isStarted();
    }

    int port() {
        return port;
    }
}

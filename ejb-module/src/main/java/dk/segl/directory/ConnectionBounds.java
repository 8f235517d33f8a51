package dk.segl.directory;

import org.apache.directory.api.ldap.model.message.extended.NoticeOfDisconnect;
import org.apache.mina.core.filterchain.IoFilterAdapter;
import org.apache.mina.core.session.IdleStatus;
import org.apache.mina.core.session.IoSession;
import org.apache.mina.filter.codec.ProtocolDecoderException;

/**
 * First in the listener's network filter chain, before ApacheDS's decoder: a connection beyond
 * the bound is told the server is unavailable (a notice of disconnect) and closed, and so is one
 * idle for longer than the acceptor's idle time (ApacheDS keeps every connection for ever). A
 * request the decoder refuses (too large) or cannot decode (nested deeper than its recursion
 * reaches: the StackOverflowError used to kill the network thread, and with it every connection
 * served by that thread) closes that one connection with protocolError, unlogged: it costs the
 * client, not the log.
 */
final class ConnectionBounds extends IoFilterAdapter {

    static final String NAME = "seglConnectionBounds";

    private final int maxConnections;

    ConnectionBounds(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    @Override
    public void sessionCreated(NextFilter next, IoSession session) throws Exception {
        if (session.getService().getManagedSessionCount() > maxConnections) {
            disconnect(session, NoticeOfDisconnect.UNAVAILABLE);
        } else {
            next.sessionCreated(session);
        }
    }

    @Override
    public void sessionIdle(NextFilter next, IoSession session, IdleStatus status) {
        disconnect(session, NoticeOfDisconnect.UNAVAILABLE);
    }

    @Override
    public void messageReceived(NextFilter next, IoSession session, Object message) {
        try {
            next.messageReceived(session, message);
        } catch (StackOverflowError e) {
            disconnect(session, NoticeOfDisconnect.PROTOCOLERROR);
        }
    }

    @Override
    public void exceptionCaught(NextFilter next, IoSession session, Throwable cause) {
        if (cause instanceof ProtocolDecoderException) {
            disconnect(session, NoticeOfDisconnect.PROTOCOLERROR);
        } else {
            next.exceptionCaught(session, cause);
        }
    }

    /** Reads nothing more from the client: a request already on its way gets no answer. */
    private static void disconnect(IoSession session, NoticeOfDisconnect notice) {
        session.suspendRead();
        session.write(notice);
        session.closeOnFlush();
    }
}

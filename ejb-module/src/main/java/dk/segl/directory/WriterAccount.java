package dk.segl.directory;

/** Where the directory listens and whom Segl binds as to write to it. The password is never logged. */
public record WriterAccount(String host, int port, String bindDn, String password) {

    @Override
    public String toString() {
        return bindDn + "@" + host + ":" + port;
    }
}

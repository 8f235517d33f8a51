package dk.segl.directory;

/** Where the directory listens and whom Segl binds as to write to it. The password is never logged. */
public record WriterAccount(DirectoryAddress address, String bindDn, String password) {

    /** The embedded directory's administrator. */
    static WriterAccount embedded(int port, String password) {
        return new WriterAccount(new DirectoryAddress(LdapListener.HOST, port, false), EmbeddedDirectory.ADMIN_DN,
                password);
    }

    @Override
    public String toString() {
        return bindDn + " at " + address;
    }
}

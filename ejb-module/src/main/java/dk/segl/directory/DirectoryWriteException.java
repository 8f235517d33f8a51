package dk.segl.directory;

/** The directory refused or could not take a write; the publication is tried again later. */
public class DirectoryWriteException extends Exception {

    DirectoryWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}

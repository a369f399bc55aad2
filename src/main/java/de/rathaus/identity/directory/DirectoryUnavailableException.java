package de.rathaus.identity.directory;

/** The town's directory could not be asked (down, unreachable, misconfigured). */
class DirectoryUnavailableException extends RuntimeException {

    DirectoryUnavailableException(Throwable cause) {
        super("The directory cannot be asked: " + cause.getMessage(), cause);
    }
}

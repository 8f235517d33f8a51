package dk.segl.ca;

/** The two CAs of the hierarchy. */
public enum CaLevel {
    ROOT,
    ISSUING
}

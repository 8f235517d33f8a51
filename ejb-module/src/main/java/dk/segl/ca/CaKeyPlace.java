package dk.segl.ca;

import java.util.function.Supplier;

/** Where the configured CA keys are, whether a CA is there yet, and how to open it (making it when none is). */
record CaKeyPlace(String description, boolean holdsCa, Supplier<CaKeyStore> openOrCreate) {
}

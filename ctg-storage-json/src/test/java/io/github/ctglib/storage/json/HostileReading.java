package io.github.ctglib.storage.json;

import io.github.ctglib.format.json.InvalidDocumentException;
import java.nio.file.Path;

/**
 * A child program for {@link HostileDocumentsMemoryTest}: opens the store given as argument and reads each
 * hostile document, printing "refused ID" or "served ID"; an OutOfMemoryError ends it with "out of memory".
 */
final class HostileReading {

    private HostileReading() {}

    public static void main(String[] args) {
        try {
            JsonConventionRepository store = JsonConventionRepository.open(Path.of(args[0]));
            for (String id : new String[] {"ctg-deep", "ctg-long", "ctg-twice", "ctg-utf"}) {
                try {
                    store.findById(id);
                    System.out.println("served " + id);
                } catch (InvalidDocumentException e) {
                    System.out.println("refused " + id);
                }
            }
            System.out.println("problems " + store.problems().size());
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory");
        }
    }
}

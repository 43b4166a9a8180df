package org.budgetdisclosure.ingest;

import org.budgetdisclosure.model.Disclosure;
import org.budgetdisclosure.model.Parsed;

/** Turns one published file into a {@link Disclosure} and what was noticed on the way. */
public interface DisclosureReader {

    /**
     * @param source a name for provenance (usually the file name)
     * @param bytes  the file's content
     * @throws UnreadableInputException when the input is not a disclosure in this format at all
     */
    Parsed<Disclosure> read(String source, byte[] bytes) throws UnreadableInputException;
}

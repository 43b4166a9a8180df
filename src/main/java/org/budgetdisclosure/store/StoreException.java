package org.budgetdisclosure.store;

/** The database cannot be reached or refused a statement; the message is for the operator. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

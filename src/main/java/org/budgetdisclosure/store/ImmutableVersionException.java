package org.budgetdisclosure.store;

/** A published version was about to be changed; it never is (a correction is a new version). */
public final class ImmutableVersionException extends StoreException {

    public ImmutableVersionException(long id) {
        super("#" + id + " 已公开，公开版本不可修改；如需更正，请新建更正版本");
    }
}

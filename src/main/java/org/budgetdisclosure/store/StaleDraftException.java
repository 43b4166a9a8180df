package org.budgetdisclosure.store;

/** Someone else changed the draft since it was loaded (optimistic locking). */
public final class StaleDraftException extends StoreException {

    public StaleDraftException(long id) {
        super("草稿 #" + id + " 已被他人修改，请重新打开后再编辑（您的修改未保存）");
    }
}

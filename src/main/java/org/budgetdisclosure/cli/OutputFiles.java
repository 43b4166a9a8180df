package org.budgetdisclosure.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file beside its destination and moves it into place, so a failed run never leaves a
 * half-written file (and a reader of the old file never sees a mixture).
 */
final class OutputFiles {

    /** What writes the content. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFiles() {
    }

    /** True when the file's directory exists (the one mistake worth its own message). */
    static boolean directoryExists(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        return dir == null || Files.isDirectory(dir);
    }

    static void write(Path file, String extension, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        // not Files.createTempFile: its owner-only permissions would carry over to the result
        Path tmp = (dir == null ? Path.of(".") : dir).resolve(".bd-partial-" + ProcessHandle.current().pid() + "-"
                + System.nanoTime() + "." + extension);
        try {
            try (OutputStream os = Files.newOutputStream(tmp)) {
                content.writeTo(os);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

package org.budgetdisclosure.portal;

import java.security.SecureRandom;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt hashing (Spring Security's implementation) and one-time passwords. */
public final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int MIN_LENGTH = 8;

    private final BCryptPasswordEncoder encoder;

    /** @param strength bcrypt's log2 cost: 10 in production, 4 in tests */
    public Passwords(int strength) {
        this.encoder = new BCryptPasswordEncoder(strength, RANDOM);
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }

    public static String oneTime() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    /** Null when acceptable, else why not (Chinese). bcrypt reads at most 72 bytes. */
    public static String weakness(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "密码至少 " + MIN_LENGTH + " 个字符";
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            return "密码过长（最多 72 字节）";
        }
        return null;
    }
}

package cn.archive.ingest.corpus;

import java.util.Random;

/** Makes 18-digit 居民身份证号 with a valid GB 11643 check digit, for person papers. */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {
    }

    static String make(Random random, int birthYear) {
        String body = String.format("%06d%04d%02d%02d%03d", 110101 + random.nextInt(500000), birthYear,
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + CHECK.charAt(sum % 11);
    }
}

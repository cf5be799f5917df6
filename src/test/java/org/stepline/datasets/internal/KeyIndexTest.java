package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyIndexTest {

    @Test
    void numbersKeysInTheOrderFirstSeenAndFindsThemAgain() {
        var index = new KeyIndex();
        assertThat(index.add("P1")).isEqualTo(0);
        assertThat(index.add("P2")).isEqualTo(1);
        assertThat(index.add("P1")).isEqualTo(-1);
        assertThat(index.find("P2")).isEqualTo(1);
        assertThat(index.find("P3")).isEqualTo(-1);
        assertThat(index.key(1)).isEqualTo("P2");
    }

    @Test
    void holdsManyKeysAcrossGrowthAndChunks() {
        var index = new KeyIndex();
        int n = 300_000;
        for (int i = 0; i < n; i++) {
            assertThat(index.add("pathway-" + i + "-é-" + "x".repeat(i % 50))).isEqualTo(i);
        }
        assertThat(index.size()).isEqualTo(n);
        for (int i = 0; i < n; i += 997) {
            String key = "pathway-" + i + "-é-" + "x".repeat(i % 50);
            assertThat(index.find(key)).isEqualTo(i);
            assertThat(index.key(i)).isEqualTo(key);
        }
        assertThat(index.find("pathway-" + n)).isEqualTo(-1);
    }
}

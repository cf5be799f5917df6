package org.stepline.datasets.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntArrayTest {

    @Test
    void keepsEveryValueAcrossBlocks() {
        var array = new IntArray();
        int count = 3 * 65_536 + 17;
        for (int i = 0; i < count; i++) {
            array.add(i * 3);
        }
        assertThat(array.size()).isEqualTo(count);
        for (int i = 0; i < count; i++) {
            assertThat(array.get(i)).isEqualTo(i * 3);
        }
        array.set(65_536, -1);
        assertThat(array.get(65_536)).isEqualTo(-1);
        assertThat(array.get(65_535)).isEqualTo(65_535 * 3);
    }

    @Test
    void refusesAnIndexPastItsEnd() {
        var array = new IntArray();
        array.add(1);
        assertThatThrownBy(() -> array.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> array.set(-1, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}

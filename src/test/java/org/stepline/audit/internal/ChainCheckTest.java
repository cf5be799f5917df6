package org.stepline.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainCheckTest {

    /** A sound chain of entries 10, 11, 12 with their contents. */
    private static List<ChainCheck.Row> chain(String... contents) {
        var rows = new ArrayList<ChainCheck.Row>();
        byte[] previous = ChainCheck.GENESIS;
        for (int i = 0; i < contents.length; i++) {
            byte[] hash = ChainCheck.hash(previous, contents[i]);
            rows.add(new ChainCheck.Row(
                    (long) i + 1,
                    10L + i,
                    previous,
                    hash,
                    Instant.ofEpochSecond(1000 + i),
                    10L + i,
                    contents[i],
                    false));
            previous = hash;
        }
        return rows;
    }

    private static ChainCheck check(List<ChainCheck.Row> rows) {
        var check = new ChainCheck();
        for (var row : rows) {
            if (!check.accept(row)) {
                break;
            }
        }
        return check;
    }

    @Test
    void aSoundChainIsIntactAndEndsInItsLastHash() {
        var rows = chain("{\"a\":1}", "{\"a\":2}", "{\"a\":3}");
        var result = check(rows).result();
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(3);
        assertThat(result.lastHash())
                .isEqualTo(java.util.HexFormat.of().formatHex(rows.get(2).hash()));
        assertThat(check(List.of()).result().intact()).isTrue();
    }

    @Test
    void aChangedEntryIsNamed() {
        var rows = chain("{\"a\":1}", "{\"a\":2}", "{\"a\":3}");
        var second = rows.get(1);
        rows.set(
                1,
                new ChainCheck.Row(
                        second.position(),
                        second.linkedId(),
                        second.previousHash(),
                        second.hash(),
                        second.chainedAt(),
                        second.entryId(),
                        "{\"a\":22}",
                        false));
        var result = check(rows).result();
        assertThat(result.problem()).isEqualTo("Audit entry 11 (position 2) was changed.");
        assertThat(result.entries()).isEqualTo(1);
    }

    @Test
    void anEntryRemovedWithOrWithoutItsLinkIsNamed() {
        var rows = chain("{\"a\":1}", "{\"a\":2}", "{\"a\":3}");
        var withoutLink = new ArrayList<>(rows);
        withoutLink.remove(1);
        assertThat(check(withoutLink).result().problem())
                .isEqualTo("The audit entry at position 2 of the chain was removed (the chain goes from 1 to 3).");

        var second = rows.get(1);
        rows.set(
                1,
                new ChainCheck.Row(
                        second.position(),
                        second.linkedId(),
                        second.previousHash(),
                        second.hash(),
                        second.chainedAt(),
                        null,
                        null,
                        false));
        assertThat(check(rows).result().problem()).isEqualTo("Audit entry 11 (position 2) was removed.");
    }

    @Test
    void entriesInsertedOutOfOrderAreNamed() {
        var rows = chain("{\"a\":1}", "{\"a\":2}");
        rows.add(new ChainCheck.Row(null, null, null, null, null, 5L, "{\"forged\":true}", false));
        assertThat(check(rows).result().problem())
                .isEqualTo("Audit entry 5 is not in the chain: it was inserted out of order, outside it.");

        // a link made for a forged entry and slipped in at position 2, the rest renumbered
        var sound = chain("{\"a\":1}", "{\"a\":2}");
        var forgedHash = ChainCheck.hash(ChainCheck.GENESIS, "{\"forged\":true}");
        var shifted = new ArrayList<ChainCheck.Row>();
        shifted.add(sound.get(0));
        shifted.add(new ChainCheck.Row(
                2L, 99L, ChainCheck.GENESIS, forgedHash, Instant.ofEpochSecond(1001), 99L, "{\"forged\":true}", false));
        assertThat(check(shifted).result().problem())
                .isEqualTo("Audit entry 99 (position 2) does not follow the "
                        + "entry before it: an entry was removed before it, or it was inserted out of order.");

        // appended with a correct hash but dated before the entry before it
        var last = sound.get(1);
        byte[] hash = ChainCheck.hash(last.hash(), "{\"backdated\":true}");
        var appended = new ArrayList<>(sound);
        appended.add(new ChainCheck.Row(
                3L, 77L, last.hash(), hash, Instant.ofEpochSecond(10), 77L, "{\"backdated\":true}", false));
        assertThat(check(appended).result().problem())
                .isEqualTo(
                        "Audit entry 77 (position 3) was inserted out of order: it is dated before the entry before it.");
    }

    @Test
    void anEntryWaitingForItsLinkIsCountedNotBlamed() {
        var rows = chain("{\"a\":1}", "{\"a\":2}");
        rows.add(new ChainCheck.Row(null, null, null, null, null, 12L, "{\"a\":3}", true));
        var result = check(rows).result();
        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(2);
        assertThat(result.waiting()).isEqualTo(1);

        rows.add(new ChainCheck.Row(null, null, null, null, null, 13L, "{\"forged\":true}", false));
        assertThat(check(rows).result().problem())
                .isEqualTo("Audit entry 13 is not in the chain: it was inserted out of order, outside it.");
    }
}

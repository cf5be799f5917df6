package org.stepline.messaging.internal;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stepline.messaging.MessageChannel;

/** The {@code message_opt_out} table: channels a patient does not want messages on. */
@Repository
class OptOuts {

    private final JdbcClient jdbc;

    OptOuts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<MessageChannel> of(long patientId) {
        Set<MessageChannel> channels = EnumSet.noneOf(MessageChannel.class);
        jdbc.sql("select channel from message_opt_out where patient_id = ?")
                .param(patientId)
                .query((RowCallbackHandler) rs -> channels.add(MessageChannel.valueOf(rs.getString("channel"))));
        return channels;
    }

    /** Records the opt-out, by a staff member or (with no staff id) the patient; false when it was already recorded. */
    boolean optOut(long patientId, MessageChannel channel, @Nullable Long staffId) {
        return jdbc.sql("""
                insert into message_opt_out (patient_id, channel, recorded_by, by_patient) values (?, ?, ?, ?)
                on conflict (patient_id, channel) do nothing""")
                        .params(patientId, channel.name(), staffId, staffId == null)
                        .update()
                == 1;
    }

    /** Withdraws the opt-out; false when there was none. */
    boolean optBackIn(long patientId, MessageChannel channel) {
        return jdbc.sql("delete from message_opt_out where patient_id = ? and channel = ?")
                        .params(patientId, channel.name())
                        .update()
                == 1;
    }
}

package org.stepline.shared.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadingTablesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            CREATE UNIQUE INDEX a_pkey ON public.a USING btree (id)                                       | id
            CREATE INDEX a_ref ON public.a USING btree (referral_id, starts_at)                           | referral_id
            CREATE INDEX a_day ON public.a USING btree (contact_on) INCLUDE (mode, attendance)             | contact_on
            CREATE INDEX a_name ON public.a USING btree (team_id, lower(family_name))                      | team_id
            CREATE INDEX a_low ON public.a USING btree (lower(family_name))                                | -
            CREATE INDEX a_open ON public.a USING btree (practitioner_id) WHERE (stage <> 'DISCHARGED')    | -
            CREATE INDEX a_span ON public.a USING gist (practitioner_id, appointment_span(starts_at, m))   | -
            """)
    void theFirstColumnOfAPlainBtreeIndex(String definition, String column) {
        assertThat(LoadingTables.firstBtreeColumn(definition)).isEqualTo(column);
    }
}

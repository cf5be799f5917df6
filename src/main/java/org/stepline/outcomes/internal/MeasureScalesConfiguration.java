package org.stepline.outcomes.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.stepline.measures.InstrumentCatalogue;

/** The outcome measures of this service, with the thresholds of its instrument files. */
@Configuration(proxyBeanMethods = false)
class MeasureScalesConfiguration {

    @Bean
    MeasureScales measureScales(InstrumentCatalogue instruments) {
        return MeasureScales.of(instruments);
    }
}

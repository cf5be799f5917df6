package org.stepline.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How a sign-in is checked (StaffSignIn), apart from the page rules so that web slice tests can leave it out. */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    DaoAuthenticationProvider staffSignIn(UserDetailsService users, PasswordEncoder encoder, AddressThrottle throttle) {
        return new StaffSignIn(users, encoder, throttle);
    }
}

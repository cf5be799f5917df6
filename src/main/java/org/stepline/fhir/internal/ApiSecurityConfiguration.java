package org.stepline.fhir.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionDecoderFactory;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Security for other systems, apart from the staff's browser chain: a token endpoint (Spring Authorization Server,
 * client credentials with private_key_jwt as SMART Backend Services asks) and bearer tokens for {@code /fhir/**}
 * and for {@code /api/**} requests that carry one (staff keep reaching {@code /api} with their session).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiSecurityConfiguration {

    /** A client assertion may be valid for at most this long, as SMART Backend Services requires. */
    static final Duration LONGEST_ASSERTION = Duration.ofMinutes(5);

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpoint(HttpSecurity http, RegisteredClientRepository clients, UsedAssertions used)
            throws Exception {
        http.securityMatcher("/oauth2/**", "/.well-known/oauth-authorization-server")
                .oauth2AuthorizationServer(server -> server.registeredClientRepository(clients)
                        .authorizationService(new NotKeptAuthorizations())
                        .clientAuthentication(authentication -> authentication
                                .authenticationConverters(converters -> converters.add(0, new SmartClientAssertions()))
                                .authenticationProviders(providers -> providers.forEach(provider -> {
                                    if (provider instanceof JwtClientAssertionAuthenticationProvider assertions) {
                                        assertions.setJwtDecoderFactory(assertionDecoders(used));
                                    }
                                }))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()); // no cookies: the client authenticates each request with its assertion
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, JwtDecoder accessTokens) throws Exception {
        http.securityMatcher(apiRequests())
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/fhir/metadata",
                                "/fhir/.well-known/smart-configuration",
                                "/v3/api-docs",
                                "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/api/outcomes/**")
                        .hasAuthority("SCOPE_" + Scopes.OUTCOMES)
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resource -> resource.jwt(jwt ->
                        jwt.decoder(accessTokens).jwtAuthenticationConverter(ApiSecurityConfiguration::authentication)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()); // bearer tokens only, never cookies
        return http.build();
    }

    /** FHIR and the OpenAPI description always; {@code /api/**} only with a bearer token. */
    private static RequestMatcher apiRequests() {
        RequestMatcher fhir = request -> request.getRequestURI().startsWith(request.getContextPath() + "/fhir");
        RequestMatcher apiDocs =
                request -> request.getRequestURI().startsWith(request.getContextPath() + "/v3/api-docs");
        RequestMatcher bearerApi = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && String.valueOf(request.getHeader("Authorization")).regionMatches(true, 0, "Bearer ", 0, 7);
        return new OrRequestMatcher(fhir, apiDocs, bearerApi);
    }

    /** The audit trail names the client as {@code client:<id>}, so it is never mistaken for a member of staff. */
    private static JwtAuthenticationToken authentication(Jwt jwt) {
        var authorities = new JwtGrantedAuthoritiesConverter().convert(jwt);
        return new JwtAuthenticationToken(jwt, authorities, ApiCaller.AUDIT_PREFIX + jwt.getSubject());
    }

    /**
     * Client assertions are checked against the keys registered for that client, never fetched from elsewhere; each
     * is good for one token (its jti is remembered until it expires).
     */
    private static JwtDecoderFactory<RegisteredClient> assertionDecoders(UsedAssertions used) {
        return client -> {
            JWKSet keys = ClientKeys.stored(client.getClientSettings().getSetting(RegisteredApiClients.KEYS));
            var decoder = NimbusJwtDecoder.withJwkSource(new ImmutableJWKSet<>(keys))
                    .jwsAlgorithms(algorithms -> algorithms.addAll(List.of(
                            SignatureAlgorithm.RS256,
                            SignatureAlgorithm.RS384,
                            SignatureAlgorithm.RS512,
                            SignatureAlgorithm.PS256,
                            SignatureAlgorithm.PS384,
                            SignatureAlgorithm.ES256,
                            SignatureAlgorithm.ES384)))
                    .build();
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    JwtClientAssertionDecoderFactory.DEFAULT_JWT_VALIDATOR_FACTORY.apply(client),
                    shortLived(),
                    used.onceEach()));
            return decoder;
        };
    }

    private static OAuth2TokenValidator<Jwt> shortLived() {
        return jwt -> {
            var issued = jwt.getIssuedAt();
            var expires = jwt.getExpiresAt();
            var latest = Clock.systemUTC().instant().plus(LONGEST_ASSERTION).plusSeconds(60);
            if (expires == null || expires.isAfter(latest)) {
                return OAuth2TokenValidatorResult.failure(new OAuth2Error(
                        "invalid_client", "The client assertion must expire within five minutes", null));
            }
            return issued == null || !issued.isAfter(expires)
                    ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(
                            new OAuth2Error("invalid_client", "Issued after it expires", null));
        };
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** Access tokens carry the client's teams and name, so that every request is checked without a database read. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> accessTokenClaims() {
        return context -> {
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                var client = context.getRegisteredClient();
                List<Long> teams = client.getClientSettings().getSetting(RegisteredApiClients.TEAMS);
                context.getClaims()
                        .claim(ApiCaller.TEAMS_CLAIM, teams)
                        .claim(ApiCaller.NAME_CLAIM, client.getClientName());
            }
        };
    }

    /**
     * The key access tokens are signed with: {@code stepline.api.signing-key} (an RSA private key, PKCS#8 PEM, from
     * the environment) so that every node accepts every node's tokens; without it a key made at start-up, and tokens
     * end with the process.
     */
    @Bean
    JWKSource<SecurityContext> accessTokenKeys(@Value("${stepline.api.signing-key:}") String pem) throws Exception {
        RSAKey key = pem.isBlank() ? generated() : fromPem(pem);
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder accessTokenDecoder(JWKSource<SecurityContext> keys) {
        return NimbusJwtDecoder.withJwkSource(keys).build();
    }

    private static RSAKey generated() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        return new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey(pair.getPrivate())
                .keyIDFromThumbprint()
                .build();
    }

    private static RSAKey fromPem(String pem) throws Exception {
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        var factory = KeyFactory.getInstance("RSA");
        var privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        var publicKey = (RSAPublicKey)
                factory.generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new RSAKey.Builder(publicKey)
                .privateKey(privateKey)
                .keyIDFromThumbprint()
                .build();
    }
}

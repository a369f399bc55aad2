package de.rathaus.identity.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SavedTargetTest {

    @Test
    void returnsToAPathOnThisHost() {
        assertThat(SignIn.localPath("http://localhost:8080/konto/passwort?x=1")).hasValue("/konto/passwort?x=1");
        assertThat(SignIn.localPath("https://musterdorf.example/verwaltung")).hasValue("/verwaltung");
    }

    @Test
    void neverRedirectsElsewhereOrBackToSignIn() {
        assertThat(SignIn.localPath("http://localhost//evil.example/")).isEmpty();
        assertThat(SignIn.localPath("http://localhost/anmelden/code")).isEmpty();
        assertThat(SignIn.localPath("not a url")).isEmpty();
        assertThat(SignIn.localPath(null)).isEmpty();
    }
}

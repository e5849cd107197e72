"""``aioraas send`` with OAuth 2.0 credentials, in real subprocesses."""

from __future__ import annotations

from tests.integration.cli_support import WHERE, emulator_server, run_cli

SEND = ["send", *WHERE, "--utid", "U561593", "--amount", "5", "--email", "ann@acme.test"]


def test_send_with_client_credentials_to_a_separate_emulator() -> None:
    with emulator_server("--oauth-client", "cli-client:cli-SECRET-77") as url:
        sent = run_cli(
            *SEND, "--base-url", url, "--client-id", "cli-client", "--client-secret", "cli-SECRET-77"
        )
        assert sent.returncode == 0, sent.stderr
        assert sent.stdout.startswith("placed order: ")
        wrong = run_cli(*SEND, "--base-url", url, "--client-id", "cli-client", "--client-secret", "nope")
        assert wrong.returncode != 0
        assert "token endpoint" in wrong.stderr
        assert "Traceback" not in wrong.stderr
        assert "nope" not in wrong.stderr


def test_send_with_client_credentials_to_the_embedded_emulator() -> None:
    sent = run_cli(*SEND, "--emulator", "--client-id", "cli-client", "--client-secret", "cli-SECRET-77")
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.startswith("placed order: ")


def test_both_kinds_of_credentials_are_refused_in_the_commands_words() -> None:
    both = run_cli(
        *SEND, "--platform-name", "a", "--platform-key", "k", "--client-id", "c", "--client-secret", "s"
    )
    assert both.returncode == 2, both.stderr
    assert "not both" in both.stderr
    missing = run_cli(*SEND, "--client-id", "c")
    assert missing.returncode == 2, missing.stderr
    assert "--client-secret is required" in missing.stderr

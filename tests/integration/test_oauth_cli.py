"""``aioraas send`` with OAuth 2.0 credentials, in real subprocesses."""

from __future__ import annotations

from pathlib import Path

from tests.integration.cli_support import WHERE, emulator_server, good_rows, run_cli, write_csv

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


def test_fan_out_with_a_refused_oauth_client_stops_before_sending(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "rewards.csv", good_rows(20))
    with emulator_server("--oauth-client", "cli-client:cli-SECRET-77") as url:
        done = run_cli(
            "fan-out", str(source), *WHERE, "--base-url", url, "--client-id", "cli-client",
            "--client-secret", "wrong-secret", "--journal", str(tmp_path / "j.sqlite"), "--progress", "none",
        )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "stopped before sending: the API refused the credentials" in done.stderr
    assert "token endpoint" in done.stderr
    assert "wrong-secret" not in done.stderr
    assert "Traceback" not in done.stderr

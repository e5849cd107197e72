"""Checking and making the ``X-Signed-Payload`` header of Tango's webhook deliveries.

Two schemes, chosen per subscription by ``payloadVerificationMethod``:

- ``HMAC``: the header is the base64 of HMAC-SHA256 over the raw body, keyed with the subscription's
  ``hmacSharedSecretKey``. Tango requires that key to be base64; the key bytes are that value
  decoded (pass ``bytes`` to use raw key bytes as they are). Stdlib only.
- ``X509``: Tango's docs say it "encrypts the event's body using the registered signing certificate
  (public key)" and base64-encodes the result, "PKCS#1 v1.5", and that you verify "with your
  private key". RSA-2048 cannot encrypt a body longer than 245 bytes, so what can be encrypted is a
  digest: the header is base64(RSAES-PKCS1-v1_5-encrypt(certificate's public key, SHA-256(body))),
  checked by decrypting with the matching private key and comparing with SHA-256 of the body.
  That reading lives in :func:`_x509_matches` / :func:`_x509_signature` and nowhere else; see
  docs/webhooks.md for the ambiguity. Needs the ``cryptography`` package
  (``pip install aioraas[webhooks]``), imported only when X509 is used.

Every comparison is constant-time (:func:`hmac.compare_digest`). Nothing here logs, and no error
text contains a key, a signature or a body.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from aioraas.errors import ConfigurationError, WebhookSignatureError

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
    from cryptography.x509 import Certificate

__all__ = [
    "SIGNATURE_HEADER",
    "Headers",
    "HmacKey",
    "find_header",
    "hmac_key",
    "load_certificate_key",
    "load_private_key",
    "sign",
    "verify",
]

SIGNATURE_HEADER = "X-Signed-Payload"
"""The header Tango puts the signature in."""

Headers: TypeAlias = Mapping[str, str] | Iterable[tuple[str | bytes, str | bytes]]
"""Request headers: any mapping (aiohttp, Starlette, dict) or ASGI-style ``(name, value)`` pairs."""


class HmacKey:
    """An HMAC key, held so that it never shows in a repr, a log line or a traceback's locals."""

    __slots__ = ("_key",)

    def __init__(self, key: bytes) -> None:
        if not key:
            raise ConfigurationError("hmac_secret must not be empty")
        self._key = bytes(key)

    def mac(self, body: bytes) -> bytes:
        return hmac.new(self._key, body, hashlib.sha256).digest()

    def __repr__(self) -> str:
        return "HmacKey('<redacted>')"


def hmac_key(secret: str | bytes | HmacKey) -> HmacKey:
    """The key bytes of an ``hmac_secret``.

    A ``str`` is the ``hmacSharedSecretKey`` value as registered with Tango (base64, which Tango
    requires) and is decoded; ``bytes`` are used as they are.
    """
    if isinstance(secret, HmacKey):
        return secret
    if isinstance(secret, str):
        try:
            return HmacKey(base64.b64decode(secret.strip(), validate=True))
        except (binascii.Error, ValueError):
            raise ConfigurationError(
                "hmac_secret: a str must be the base64 hmacSharedSecretKey registered with Tango "
                "(pass bytes to use raw key bytes)"
            ) from None
    if isinstance(secret, (bytes, bytearray, memoryview)):
        return HmacKey(bytes(secret))
    raise ConfigurationError(f"hmac_secret must be str or bytes, not {type(secret).__name__}")


def _crypto() -> Any:
    try:
        from cryptography.hazmat.primitives import serialization
    except ImportError:  # pragma: no cover - depends on the installation
        raise ConfigurationError(
            "X509 webhook signatures need the 'cryptography' package: pip install 'aioraas[webhooks]'"
        ) from None
    return serialization


def load_private_key(data: str | bytes | Any, password: bytes | None = None) -> RSAPrivateKey:
    """An RSA private key from PEM (PKCS#1 or PKCS#8) or DER bytes, or a key object as it is.

    Load it once and pass the object to :func:`verify` (a receiver does this for you): parsing a
    PEM key costs far more than checking one signature.
    """
    serialization = _crypto()
    from cryptography.hazmat.primitives.asymmetric import rsa

    if isinstance(data, rsa.RSAPrivateKey):
        return data
    if isinstance(data, str):
        data = data.encode("ascii")
    if not isinstance(data, (bytes, bytearray)):
        kind = type(data).__name__
        raise ConfigurationError(f"private_key must be PEM/DER bytes or an RSA key, not {kind}")
    raw = bytes(data)
    try:
        if b"-----BEGIN" in raw:
            key = serialization.load_pem_private_key(raw, password=password)
        else:
            key = serialization.load_der_private_key(raw, password=password)
    except (ValueError, TypeError):
        raise ConfigurationError("private_key could not be read as an RSA private key (PEM or DER)") from None
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ConfigurationError("private_key must be an RSA key (Tango's X509 scheme is RSA, PKCS#1 v1.5)")
    return key


def load_certificate_key(data: str | bytes | Certificate | Any) -> RSAPublicKey:
    """The RSA public key of a signing certificate.

    Accepts what Tango's ``signingCertificate`` holds (single-line base64 of a DER X.509
    certificate, or of a DER SubjectPublicKeyInfo), PEM text of either, a cryptography
    ``Certificate``, or a public key object.
    """
    serialization = _crypto()
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import rsa

    if isinstance(data, rsa.RSAPublicKey):
        return data
    if isinstance(data, x509.Certificate):
        key: Any = data.public_key()
    else:
        raw = data.encode("ascii") if isinstance(data, str) else bytes(data)
        try:
            if b"-----BEGIN CERTIFICATE" in raw:
                key = x509.load_pem_x509_certificate(raw).public_key()
            elif b"-----BEGIN" in raw:
                key = serialization.load_pem_public_key(raw)
            else:
                der = raw if raw[:1] == b"\x30" else base64.b64decode(b"".join(raw.split()), validate=True)
                try:
                    key = x509.load_der_x509_certificate(der).public_key()
                except ValueError:
                    key = serialization.load_der_public_key(der)
        except (ValueError, TypeError, binascii.Error):
            raise ConfigurationError(
                "certificate could not be read (base64 DER or PEM X.509 certificate or public key)"
            ) from None
    if not isinstance(key, rsa.RSAPublicKey):
        raise ConfigurationError("the signing certificate must hold an RSA public key")
    return key


# -- the X509 scheme, in one place ---------------------------------------------------------------


def _x509_signature(body: bytes, public_key: RSAPublicKey) -> bytes:
    """The X509 signature of ``body``: RSA PKCS#1 v1.5 encryption of SHA-256(body) (see module doc)."""
    from cryptography.hazmat.primitives.asymmetric import padding

    return public_key.encrypt(hashlib.sha256(body).digest(), padding.PKCS1v15())


def _x509_matches(body: bytes, signature: bytes, private_key: RSAPrivateKey) -> bool:
    """Whether ``signature`` is the X509 signature of ``body`` for this private key."""
    from cryptography.hazmat.primitives.asymmetric import padding

    try:
        plain = private_key.decrypt(signature, padding.PKCS1v15())
    except ValueError:
        return False
    return hmac.compare_digest(plain, hashlib.sha256(body).digest())


# -- headers -------------------------------------------------------------------------------------


def find_header(headers: Headers, name: str = SIGNATURE_HEADER) -> str | None:
    """The one value of header ``name`` (case-insensitive); None when absent.

    Two or more values are refused: a delivery has one signature, and a proxy that repeats it is
    not something to guess about.
    """
    wanted = name.lower()
    found: list[str] = []
    if isinstance(headers, Mapping):
        getall = getattr(headers, "getall", None)  # multidicts (aiohttp, Starlette) keep repeats
        if callable(getall):
            values = getall(name, [])
            found.extend(str(v) for v in values)
        else:
            found.extend(str(v) for k, v in headers.items() if str(k).lower() == wanted)
    else:
        for key, value in headers:
            key_text = key.decode("latin-1") if isinstance(key, bytes) else key
            if key_text.lower() == wanted:
                found.append(value.decode("latin-1") if isinstance(value, bytes) else value)
    if not found:
        return None
    if len(found) > 1:
        raise WebhookSignatureError(f"more than one {name} header", reason="malformed_header")
    return found[0]


def _decode_signature(text: str, *, allow_hex: bool) -> bytes:
    value = text.strip()
    if not value:
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is empty", reason="malformed_header")
    if allow_hex and len(value) == 64:
        try:
            return bytes.fromhex(value)
        except ValueError:
            pass
    padded = value + "=" * (-len(value) % 4)
    try:
        if "-" in value or "_" in value:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        raise WebhookSignatureError(
            f"the {SIGNATURE_HEADER} header is not base64", reason="malformed_header"
        ) from None


def _as_bytes(body: Any) -> bytes:
    if isinstance(body, bytes):
        return body
    if isinstance(body, (bytearray, memoryview)):
        return bytes(body)
    raise TypeError(
        f"body must be the raw request bytes, not {type(body).__name__}: "
        "a decoded or re-serialised body never matches its signature"
    )


# -- the public functions ------------------------------------------------------------------------


def verify(
    body: bytes,
    headers: Headers,
    *,
    hmac_secret: str | bytes | HmacKey | None = None,
    private_key: str | bytes | RSAPrivateKey | None = None,
) -> None:
    """Check a delivery's ``X-Signed-Payload`` against its raw body; raise unless it matches.

    Give ``hmac_secret`` for an HMAC subscription (the base64 ``hmacSharedSecretKey`` as a str, or
    raw key bytes) or ``private_key`` for an X509 one (PEM/DER, or a loaded key: see
    :func:`load_private_key`). Exactly one of them.

    Raises:
        aioraas.errors.WebhookSignatureError: the header is missing or malformed, or the
            signature does not match (a changed byte, a truncated or re-serialised body, the
            wrong key). ``reason`` says which.
        aioraas.errors.ConfigurationError: neither or both keys were given, or a key is unusable.
    """
    raw = _as_bytes(body)
    if (hmac_secret is None) == (private_key is None):
        raise ConfigurationError("verify() needs exactly one of hmac_secret= or private_key=")
    header = find_header(headers)
    if header is None:
        raise WebhookSignatureError(f"the {SIGNATURE_HEADER} header is missing", reason="missing_header")
    if hmac_secret is not None:
        key = hmac_key(hmac_secret)
        signature = _decode_signature(header, allow_hex=True)
        if not hmac.compare_digest(signature, key.mac(raw)):
            raise WebhookSignatureError("the HMAC signature does not match the body", reason="mismatch")
        return
    assert private_key is not None
    rsa_key = load_private_key(private_key)
    signature = _decode_signature(header, allow_hex=False)
    if not _x509_matches(raw, signature, rsa_key):
        raise WebhookSignatureError("the X509 signature does not match the body", reason="mismatch")


def sign(
    body: bytes,
    *,
    hmac_secret: str | bytes | HmacKey | None = None,
    certificate: str | bytes | Certificate | RSAPublicKey | None = None,
) -> str:
    """The ``X-Signed-Payload`` value Tango would send with ``body``, for tests of your handler.

    ``hmac_secret`` as in :func:`verify`; ``certificate`` is the signing certificate you gave
    Tango (the single-line base64 value, PEM, or a loaded certificate or public key).

    >>> headers = {"X-Signed-Payload": sign(body, hmac_secret=secret), "Content-Type": "application/json"}
    """
    raw = _as_bytes(body)
    if (hmac_secret is None) == (certificate is None):
        raise ConfigurationError("sign() needs exactly one of hmac_secret= or certificate=")
    if hmac_secret is not None:
        return base64.b64encode(hmac_key(hmac_secret).mac(raw)).decode("ascii")
    assert certificate is not None
    return base64.b64encode(_x509_signature(raw, load_certificate_key(certificate))).decode("ascii")

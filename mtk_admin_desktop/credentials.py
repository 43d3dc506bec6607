"""Secrets (passphrases, signing keys) in the OS keyring, behind a small interface.

Nothing falls back to files: where the OS has no keyring backend, :class:`KeyringCredentials` raises
:class:`NoKeyringError` with a plain explanation, and the caller says so to the user.
"""

from __future__ import annotations

from typing import Any, Protocol

from mtk_admin_desktop import APP_ID

SERVICE = APP_ID


class NoKeyringError(RuntimeError):
    """This computer has no usable keyring (for example a Linux session without Secret Service)."""


class Credentials(Protocol):
    """Where secrets live."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, secret: str) -> None: ...

    def delete(self, name: str) -> None: ...

    def available(self) -> bool: ...


class KeyringCredentials:
    """The OS keyring (Windows Credential Manager, macOS Keychain, Secret Service) via ``keyring``."""

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    def _backend(self) -> Any:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        # The chainer wraps real backends; when it has none, or the fail backend is chosen, there is none.
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
            raise NoKeyringError(
                "This computer has no keyring (password store) available, so secrets cannot be stored "
                "safely. Nothing was saved in a file instead."
            )
        return backend

    def available(self) -> bool:
        try:
            self._backend()
        except Exception:  # noqa: BLE001 - NoKeyringError, or a backend that fails to load
            return False
        return True

    def get(self, name: str) -> str | None:

        try:
            secret: str | None = self._backend().get_password(self.service, name)
            return secret
        except NoKeyringError:
            raise
        except Exception as exc:  # noqa: BLE001 - KeyringError, and the D-Bus/OS errors some backends raise
            raise NoKeyringError(str(exc)) from exc

    def set(self, name: str, secret: str) -> None:

        try:
            self._backend().set_password(self.service, name, secret)
        except NoKeyringError:
            raise
        except Exception as exc:  # noqa: BLE001 - KeyringError, and the D-Bus/OS errors some backends raise
            raise NoKeyringError(str(exc)) from exc

    def delete(self, name: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self._backend().delete_password(self.service, name)
        except PasswordDeleteError:
            pass
        except KeyringError as exc:
            raise NoKeyringError(str(exc)) from exc


class MemoryCredentials:
    """Secrets in memory, for tests; ``available=False`` imitates a machine without a keyring."""

    def __init__(self, available: bool = True) -> None:
        self._secrets: dict[str, str] = {}
        self._available = available

    def available(self) -> bool:
        return self._available

    def _check(self) -> None:
        if not self._available:
            raise NoKeyringError("no keyring (test double)")

    def get(self, name: str) -> str | None:
        self._check()
        return self._secrets.get(name)

    def set(self, name: str, secret: str) -> None:
        self._check()
        self._secrets[name] = secret

    def delete(self, name: str) -> None:
        self._check()
        self._secrets.pop(name, None)

"""The README's quickstart runs as written, against the emulator instead of Tango's sandbox."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from aioraas.emulator import Emulator

README = Path(__file__).resolve().parents[2] / "README.md"
SANDBOX = 'RaasClient(platform_name="...", platform_key="...", environment="sandbox")'


def quickstart() -> str:
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.DOTALL)
    code: str = blocks[0]
    assert SANDBOX in code
    assert code.rstrip().endswith("asyncio.run(main())")
    return code


async def test_the_quickstart_runs_against_the_emulator(capsys: pytest.CaptureFixture[str]) -> None:
    code = quickstart().rstrip().removesuffix("asyncio.run(main())")
    async with Emulator() as emu:
        local = (
            f"RaasClient(platform_name={emu.platform_name!r}, platform_key={emu.platform_key!r}, "
            f"base_url={emu.url!r})"
        )
        namespace: dict[str, Any] = {"__name__": "readme"}
        exec(compile(code.replace(SANDBOX, local), str(README), "exec"), namespace)
        await namespace["main"]()
        balance = emu.state.balance("acme-hr-q1")
    printed = capsys.readouterr().out.splitlines()
    assert re.fullmatch(r"\S+ True", printed[0])  # the order, created
    assert any(line.startswith("402 402.001") for line in printed)  # the InsufficientFunds example
    assert balance == 475  # 500 deposited, one $25 order

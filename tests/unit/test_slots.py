"""The transport's connection slots: a bound on calls in flight, in arrival order, cancellation-safe."""

from __future__ import annotations

import asyncio

import pytest

from aioraas._slots import Slots


async def hold(slots: Slots, log: list[str], name: str, inside: list[int], peak: list[int]) -> None:
    await slots.take()
    try:
        inside[0] += 1
        peak[0] = max(peak[0], inside[0])
        log.append(name)
        await asyncio.sleep(0.001)
    finally:
        inside[0] -= 1
        slots.give()


async def test_never_more_holders_than_slots_and_granted_in_arrival_order() -> None:
    slots = Slots(3)
    log: list[str] = []
    inside, peak = [0], [0]
    await asyncio.gather(*(hold(slots, log, f"t{i:02d}", inside, peak) for i in range(20)))
    assert peak[0] == 3
    assert log == [f"t{i:02d}" for i in range(20)]
    assert slots.free == 3


async def test_a_free_slot_is_taken_without_waiting() -> None:
    slots = Slots(2)
    assert slots.try_take()
    assert slots.try_take()
    assert not slots.try_take()
    slots.give()
    assert slots.try_take()
    assert slots.free == 0


async def test_a_newcomer_does_not_jump_the_queue() -> None:
    slots = Slots(1)
    assert slots.try_take()
    waiter = asyncio.create_task(slots.take())
    await asyncio.sleep(0)
    slots.give()  # handed straight to the waiter...
    assert not slots.try_take()  # ...so a newcomer finds none free
    await waiter
    slots.give()
    assert slots.free == 1


async def test_a_cancelled_waiter_leaves_no_hole_and_takes_no_slot() -> None:
    slots = Slots(1)
    assert slots.try_take()
    first = asyncio.create_task(slots.take())
    second = asyncio.create_task(slots.take())
    await asyncio.sleep(0)
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    slots.give()
    await asyncio.wait_for(second, 1)  # the slot went past the cancelled waiter
    slots.give()
    assert slots.free == 1


async def test_a_waiter_cancelled_after_its_slot_was_handed_over_passes_it_on() -> None:
    slots = Slots(1)
    assert slots.try_take()
    first = asyncio.create_task(slots.take())
    second = asyncio.create_task(slots.take())
    await asyncio.sleep(0)
    slots.give()  # first's future now holds the slot, but first has not resumed yet
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    await asyncio.wait_for(second, 1)
    slots.give()
    assert slots.free == 1


def test_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        Slots(0)

async def f():
    await g()
    match x:
        case [1, *rest]:
            pass
        case {'k': v} if v:
            pass

@dataclass(frozen=True)
class A(B, metaclass=M):
    x: int = 0
    def m(self, /, a, *, b=1, **kw) -> 'A':
        return self

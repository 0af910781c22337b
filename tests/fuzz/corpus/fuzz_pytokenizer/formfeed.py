def f():
        pass

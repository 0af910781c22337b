# only comments

   # indented comment


def f():

    # c
    pass
# end
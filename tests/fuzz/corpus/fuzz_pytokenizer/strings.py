a = 'x' "y" '''z
''' """w"""
b = r'\d' R"\n" b'\x00' Rb'\w' f'{a!r:>{w}}' rf"{b}" u'u' F'''{c}'''
c = 'line \
continued'

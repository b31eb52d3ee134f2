print("graphjit")

import CLLVM

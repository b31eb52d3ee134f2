// The parts of the LLVM C API GraphJIT uses. Only APIs alive from LLVM 14 on:
// MCJIT (not OrcV1) for fresh compiles, ORC v2's LLJIT to load cached object files (MCJIT
// cannot take an object through the C API), and the new pass manager through LLVMRunPasses.
#include <llvm/Config/llvm-config.h>
#include <llvm-c/Core.h>
#include <llvm-c/DebugInfo.h>
#include <llvm-c/Analysis.h>
#include <llvm-c/BitReader.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Error.h>
#include <llvm-c/ExecutionEngine.h>
#include <llvm-c/LLJIT.h>
#include <llvm-c/Orc.h>
#include <llvm-c/Target.h>
#include <llvm-c/TargetMachine.h>
#include <llvm-c/Support.h>
#include <llvm-c/Transforms/PassBuilder.h>

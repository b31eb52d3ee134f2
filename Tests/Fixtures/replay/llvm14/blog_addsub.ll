; ModuleID = 'graph'
source_filename = "graph"

@"const.sub/y" = private unnamed_addr constant [4 x i8] c"\02\00\00\00", align 64
@"const.add/y" = private unnamed_addr constant [4 x i8] c"\05\00\00\00", align 64
@"const.output/y" = private unnamed_addr constant [4 x i8] c"d\00\00\00", align 64

; Function Attrs: nounwind
define internal void @k6_output(i32* noalias %0, i32* noalias %1) #0 {
allocas:
  br label %body

body:                                             ; preds = %allocas
  %2 = getelementptr inbounds i32, i32* %0, i64 0
  %3 = load i32, i32* %2, align 4
  %4 = load i32, i32* bitcast ([4 x i8]* @"const.sub/y" to i32*), align 4
  %5 = sub i32 %3, %4
  %6 = load i32, i32* bitcast ([4 x i8]* @"const.add/y" to i32*), align 4
  %7 = add i32 %5, %6
  %8 = load i32, i32* bitcast ([4 x i8]* @"const.output/y" to i32*), align 4
  %9 = add i32 %7, %8
  %10 = getelementptr inbounds i32, i32* %1, i64 0
  store i32 %9, i32* %10, align 4
  ret void
}

; Function Attrs: nounwind
define void @graph(i8** %0) #0 {
entry:
  %1 = getelementptr inbounds i8*, i8** %0, i64 3
  %arena = load i8*, i8** %1, align 8
  %2 = getelementptr inbounds i8*, i8** %0, i64 4
  %parallel_for = load i8*, i8** %2, align 8
  %3 = getelementptr inbounds i8*, i8** %0, i64 0
  %in.input = load i8*, i8** %3, align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 1
  %out.output = load i8*, i8** %4, align 8
  %5 = bitcast i8* %in.input to i32*
  %6 = bitcast i8* %out.output to i32*
  call void @k6_output(i32* %5, i32* %6)
  ret void
}

; Function Attrs: nounwind
define i32 @graph_scalar(i32 %0) #0 {
entry:
  %input = alloca [1 x i32], align 4
  %1 = bitcast [1 x i32]* %input to i8*
  %2 = bitcast [1 x i32]* %input to i32*
  store i32 %0, i32* %2, align 4
  %output = alloca [1 x i32], align 4
  %3 = bitcast [1 x i32]* %output to i8*
  %4 = bitcast i8* %1 to i32*
  %5 = bitcast i8* %3 to i32*
  call void @k6_output(i32* %4, i32* %5)
  %6 = bitcast [1 x i32]* %output to i32*
  %7 = load i32, i32* %6, align 4
  ret i32 %7
}


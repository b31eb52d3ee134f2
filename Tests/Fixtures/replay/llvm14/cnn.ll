; ModuleID = 'graph'
source_filename = "graph"

@"const.conv1/kernel" = private unnamed_addr constant [800 x i8] c"\00;\A7=\A3$P\BCd\96/>\DD':\BE\DFT\05>]\C0\D3\BA\D2!\B6\BDk\1A\F4<\1E\91\E7=G\0A\0F>\A7\0A\D3\BE\F1\AC\E5\BD\BF=\ED\BC6\04\EA\BDQ\17\CB\BD\A2w\BE\BD\C0\0Bw>\1F\FAs\BEAmG>]\FD\13=\C4\A5\C7=\89m\86<\22\AB\D6>S\83V\BBHF\BC\BC\DDv\0E\BE\85U\AC\BD\17D6\BEpb9>!\C2\C7<\C2\8C\BB\BDT\84\A8=6[O;\1F\D68\BEV\0B~=87\88>}S\96>\E3w\06>\D9\88G\BE\A2\FC\90;%\D6\88=\AA\9EP=]C\14\BD\C8\8B\CA\BE\827\B4\BEI*\83>\B6 X=#,\D4\BEf\F2\86=\CA\15T\BE\D1%\8C\BE>o\CA\BD\99>\98>:A\AF>\A1Z\03=\C4\12\88> \13G\BD\B5\A7;>\D4\8D\03\BD`\EE\C3\BD\C41\1C\BA\EBF\A8\BE\\\8F\EF\BD\FF\C5\FF\BD\BD\17\84>Kz\8E=\0C\DD\F1<w\DB\BE\BE\BCe\96;/\0Ad\BD\DE\1BI\BE\8C\\:\BD\15\9D\E4\BD)\B5\DC=*\\\08>\1E8\0E>\A7,\AC\BD*\FE)=\84\DBb>Q\1B\11\BE\19\B8}>\A9B\9D\BD\84\19=\BD\16\E3\12>\BD\C6\B0\BE6\C4e=\8F\8A\A7<\A7\10W=\EE`^>\9F\88\98\BB\8B\C4\11\BE\E5!d\BE^\B4\07\BE\D7\E5\B7>|\1A\08\BE\C3\1A\1F\BE\AAO`\BE\8D&\A6\BD\D0\19\F8\BCY\C9\1A:\C4\E9\CC\BDQR\C1\BD\9A\F5\14>\A2\DA\D9\BE\C3\BA\0D\BD\95O\04=U\D52\BE\0Ea\FD=\A7\B3\1C\BE\82,\F0\BD\B1.\AE>\90P<>0\E7\C9\BD\94p\FF=\9E<,;C@\B5\BDq\83\16?\E6\AD\CB\BE\81GC\BE\0A\84\E3>\BCn!>\D3T}>\B3f\AA\BD//\D3=\A7\FB\BA\BC3%T>\AF\02\88\BErJ\02?]\1C\8E=\B4\B2\DE\BD\BB\00\1C=\F9\B1\1C=X\8B\83>\16\82%\BEM}\01\BF\0C\85\F5\BDL\9D\94\BEu\AFb\BE%\B7\D1\BE^\F2\FE\BD\DE\F8\F6>en\04=1b\BA=\D9\B2s>Y\031\BE\A7\FEu\BE\AB\A5\07\BE\13\91\84<\18:\95>\B4L\8F>\DD\1E\13\BE+\13\9C>\FC\1E[>\91\86%\BC\EB1\D3:\F7\01\FA=N\D6\14>&\07\A9=\D2\EA\B8=?\D7P\BD\98}\E1\BC\14;\A2\BDv\BDU>\DC\8B(\BE\AE\F4\A2>\18\D6\03>\10\1D\F5\BBt$\9C\BC\22\ABy\BE\91\84I>\80t4\BEpJ\AA\BD\D99\CA=\11\15\CB>\F9\9D\D5>\0C\06\1D>!b\E1>+\FC\9F>\EB0M\BDG]\14>,\9D\96\BE\8El\02\BE\1AV5=\8C^\C0=\9D\D7f\BD h\AE\BDN\F2\C7<7\D0X\BE7\CA\92=\80\E6%\BE\9C{\0A>smp;\1DP\C3=\D9\C3=\BD3\02[=\F9.\90>\15\FC\CE=\0AM\1D\BCGB\8D\BE\E9'e\BE", align 64
@"const.conv1/bias" = private unnamed_addr constant [32 x i8] c"\F0\D7F\BC\F0\10{=\AC)}\BDOP\CE<\E0^\96\BD\05\0A\C5\BD\DD\CE\92\BD\8A\DC\9F=", align 64
@"const.conv2/bias" = private unnamed_addr constant [32 x i8] c"Y\DEv=\8A\DE\A1<J(\82\BD\14\85X=E^|\BC\E9\EBP=[\AEv\BDf\A6.=", align 64
@"const.dense/bias" = private unnamed_addr constant [128 x i8] c"%B\16=\06\F2*<2\0D`<*\9Ba=c\F7\89={\C0\AE\BD\A0\D7*=\CE\19\D2<y\D6\B2\BD\98\C0\B1<0\AC!=\F7\BDW<\B4!n\BBU\FE\22=\BB\ADG<\1DLI=fk\0C=\FA\BB3=d\B0\C3=\E8}\92\BC\B0\B9\9F\BDfu7<\0B\19\9A\BA'T\E5<\BEhi=\1F\D1X=\DC\03\A5\BD\89\E8^=\A1\CE\CA\BD\C2sl\BD\C0\A0L=wba\BD", align 64
@"const.dense_1/bias" = private unnamed_addr constant [40 x i8] c"\01\0E\E1\BCv\D0\E7\BCo\1E9=\10\12\B1\BD\D4H\A2\BD3\A23\BD\9A_\BB\BD\0Crh\BD\8Cq?\BC\E1\91\C9<", align 64

; Function Attrs: nounwind
define internal void @k5_conv1_Relu(float* noalias %0, float* noalias %1) #0 {
allocas:
  %acc.0.0 = alloca <8 x float>, align 32
  %acc.1.0 = alloca <8 x float>, align 32
  %acc.2.0 = alloca <8 x float>, align 32
  %acc.3.0 = alloca <8 x float>, align 32
  %acc.4.0 = alloca <8 x float>, align 32
  %acc.5.0 = alloca <8 x float>, align 32
  %acc.6.0 = alloca <8 x float>, align 32
  %acc.7.0 = alloca <8 x float>, align 32
  %acc.8.0 = alloca <8 x float>, align 32
  %acc.9.0 = alloca <8 x float>, align 32
  %acc.10.0 = alloca <8 x float>, align 32
  %acc.11.0 = alloca <8 x float>, align 32
  br label %body

body:                                             ; preds = %allocas
  br label %oh

oh:                                               ; preds = %epilogue.row.end, %body
  %oh1 = phi i64 [ 0, %body ], [ %oh.next, %epilogue.row.end ]
  br label %tile

oh.end:                                           ; preds = %epilogue.row.end
  ret void

tile:                                             ; preds = %kh.end, %oh
  %tile2 = phi i64 [ 0, %oh ], [ %tile.next, %kh.end ]
  %2 = mul nsw i64 %tile2, 12
  %3 = add nsw i64 %2, 0
  store <8 x float> zeroinitializer, <8 x float>* %acc.0.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.1.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.2.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.3.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.4.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.5.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.6.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.7.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.8.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.9.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.10.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.11.0, align 32
  br label %kh

tile.end:                                         ; preds = %kh.end
  %4 = add nsw i64 0, %oh1
  %5 = mul nsw i64 %4, 192
  %6 = sdiv i64 %5, 8
  br label %epilogue.row

kh:                                               ; preds = %ih.ok.end, %tile
  %kh3 = phi i64 [ 0, %tile ], [ %kh.next, %ih.ok.end ]
  %7 = mul nsw i64 %oh1, 1
  %8 = add i64 %7, 0
  %9 = add nsw i64 %8, %kh3
  %10 = icmp ult i64 %9, 28
  br i1 %10, label %ih.ok, label %ih.ok.end

kh.end:                                           ; preds = %ih.ok.end
  %11 = add nsw i64 0, %oh1
  %12 = mul nsw i64 %11, 24
  %13 = add nsw i64 %12, %3
  %14 = add nsw i64 %13, 0
  %15 = mul nsw i64 %14, 8
  %16 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %17 = getelementptr inbounds float, float* %1, i64 %15
  %18 = bitcast float* %17 to <8 x float>*
  store <8 x float> %16, <8 x float>* %18, align 4
  %19 = add nsw i64 %13, 1
  %20 = mul nsw i64 %19, 8
  %21 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %22 = getelementptr inbounds float, float* %1, i64 %20
  %23 = bitcast float* %22 to <8 x float>*
  store <8 x float> %21, <8 x float>* %23, align 4
  %24 = add nsw i64 %13, 2
  %25 = mul nsw i64 %24, 8
  %26 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %27 = getelementptr inbounds float, float* %1, i64 %25
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %26, <8 x float>* %28, align 4
  %29 = add nsw i64 %13, 3
  %30 = mul nsw i64 %29, 8
  %31 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %32 = getelementptr inbounds float, float* %1, i64 %30
  %33 = bitcast float* %32 to <8 x float>*
  store <8 x float> %31, <8 x float>* %33, align 4
  %34 = add nsw i64 %13, 4
  %35 = mul nsw i64 %34, 8
  %36 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %37 = getelementptr inbounds float, float* %1, i64 %35
  %38 = bitcast float* %37 to <8 x float>*
  store <8 x float> %36, <8 x float>* %38, align 4
  %39 = add nsw i64 %13, 5
  %40 = mul nsw i64 %39, 8
  %41 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %42 = getelementptr inbounds float, float* %1, i64 %40
  %43 = bitcast float* %42 to <8 x float>*
  store <8 x float> %41, <8 x float>* %43, align 4
  %44 = add nsw i64 %13, 6
  %45 = mul nsw i64 %44, 8
  %46 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %47 = getelementptr inbounds float, float* %1, i64 %45
  %48 = bitcast float* %47 to <8 x float>*
  store <8 x float> %46, <8 x float>* %48, align 4
  %49 = add nsw i64 %13, 7
  %50 = mul nsw i64 %49, 8
  %51 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %52 = getelementptr inbounds float, float* %1, i64 %50
  %53 = bitcast float* %52 to <8 x float>*
  store <8 x float> %51, <8 x float>* %53, align 4
  %54 = add nsw i64 %13, 8
  %55 = mul nsw i64 %54, 8
  %56 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %57 = getelementptr inbounds float, float* %1, i64 %55
  %58 = bitcast float* %57 to <8 x float>*
  store <8 x float> %56, <8 x float>* %58, align 4
  %59 = add nsw i64 %13, 9
  %60 = mul nsw i64 %59, 8
  %61 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %62 = getelementptr inbounds float, float* %1, i64 %60
  %63 = bitcast float* %62 to <8 x float>*
  store <8 x float> %61, <8 x float>* %63, align 4
  %64 = add nsw i64 %13, 10
  %65 = mul nsw i64 %64, 8
  %66 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %67 = getelementptr inbounds float, float* %1, i64 %65
  %68 = bitcast float* %67 to <8 x float>*
  store <8 x float> %66, <8 x float>* %68, align 4
  %69 = add nsw i64 %13, 11
  %70 = mul nsw i64 %69, 8
  %71 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %72 = getelementptr inbounds float, float* %1, i64 %70
  %73 = bitcast float* %72 to <8 x float>*
  store <8 x float> %71, <8 x float>* %73, align 4
  %tile.next = add nsw i64 %tile2, 1
  %74 = icmp slt i64 %tile.next, 2
  br i1 %74, label %tile, label %tile.end

ih.ok:                                            ; preds = %kh
  %75 = add nsw i64 0, %9
  %76 = mul nsw i64 %75, 28
  br label %kw

ih.ok.end:                                        ; preds = %kw.end, %kh
  %kh.next = add nsw i64 %kh3, 1
  %77 = icmp slt i64 %kh.next, 5
  br i1 %77, label %kh, label %kh.end

kw:                                               ; preds = %kw, %ih.ok
  %kw4 = phi i64 [ 0, %ih.ok ], [ %kw.next, %kw ]
  %78 = mul nsw i64 %kh3, 5
  %79 = add nsw i64 %78, %kw4
  %80 = mul nsw i64 %79, 8
  %81 = add nsw i64 %3, 0
  %82 = mul nsw i64 %81, 1
  %83 = add i64 %82, 0
  %84 = add nsw i64 %83, %kw4
  %85 = add nsw i64 %76, %84
  %86 = mul nsw i64 %85, 1
  %87 = getelementptr inbounds float, float* %0, i64 %86
  %88 = add nsw i64 %3, 1
  %89 = mul nsw i64 %88, 1
  %90 = add i64 %89, 0
  %91 = add nsw i64 %90, %kw4
  %92 = add nsw i64 %76, %91
  %93 = mul nsw i64 %92, 1
  %94 = getelementptr inbounds float, float* %0, i64 %93
  %95 = add nsw i64 %3, 2
  %96 = mul nsw i64 %95, 1
  %97 = add i64 %96, 0
  %98 = add nsw i64 %97, %kw4
  %99 = add nsw i64 %76, %98
  %100 = mul nsw i64 %99, 1
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = add nsw i64 %3, 3
  %103 = mul nsw i64 %102, 1
  %104 = add i64 %103, 0
  %105 = add nsw i64 %104, %kw4
  %106 = add nsw i64 %76, %105
  %107 = mul nsw i64 %106, 1
  %108 = getelementptr inbounds float, float* %0, i64 %107
  %109 = add nsw i64 %3, 4
  %110 = mul nsw i64 %109, 1
  %111 = add i64 %110, 0
  %112 = add nsw i64 %111, %kw4
  %113 = add nsw i64 %76, %112
  %114 = mul nsw i64 %113, 1
  %115 = getelementptr inbounds float, float* %0, i64 %114
  %116 = add nsw i64 %3, 5
  %117 = mul nsw i64 %116, 1
  %118 = add i64 %117, 0
  %119 = add nsw i64 %118, %kw4
  %120 = add nsw i64 %76, %119
  %121 = mul nsw i64 %120, 1
  %122 = getelementptr inbounds float, float* %0, i64 %121
  %123 = add nsw i64 %3, 6
  %124 = mul nsw i64 %123, 1
  %125 = add i64 %124, 0
  %126 = add nsw i64 %125, %kw4
  %127 = add nsw i64 %76, %126
  %128 = mul nsw i64 %127, 1
  %129 = getelementptr inbounds float, float* %0, i64 %128
  %130 = add nsw i64 %3, 7
  %131 = mul nsw i64 %130, 1
  %132 = add i64 %131, 0
  %133 = add nsw i64 %132, %kw4
  %134 = add nsw i64 %76, %133
  %135 = mul nsw i64 %134, 1
  %136 = getelementptr inbounds float, float* %0, i64 %135
  %137 = add nsw i64 %3, 8
  %138 = mul nsw i64 %137, 1
  %139 = add i64 %138, 0
  %140 = add nsw i64 %139, %kw4
  %141 = add nsw i64 %76, %140
  %142 = mul nsw i64 %141, 1
  %143 = getelementptr inbounds float, float* %0, i64 %142
  %144 = add nsw i64 %3, 9
  %145 = mul nsw i64 %144, 1
  %146 = add i64 %145, 0
  %147 = add nsw i64 %146, %kw4
  %148 = add nsw i64 %76, %147
  %149 = mul nsw i64 %148, 1
  %150 = getelementptr inbounds float, float* %0, i64 %149
  %151 = add nsw i64 %3, 10
  %152 = mul nsw i64 %151, 1
  %153 = add i64 %152, 0
  %154 = add nsw i64 %153, %kw4
  %155 = add nsw i64 %76, %154
  %156 = mul nsw i64 %155, 1
  %157 = getelementptr inbounds float, float* %0, i64 %156
  %158 = add nsw i64 %3, 11
  %159 = mul nsw i64 %158, 1
  %160 = add i64 %159, 0
  %161 = add nsw i64 %160, %kw4
  %162 = add nsw i64 %76, %161
  %163 = mul nsw i64 %162, 1
  %164 = getelementptr inbounds float, float* %0, i64 %163
  %165 = add nsw i64 %80, 0
  %166 = getelementptr inbounds float, float* bitcast ([800 x i8]* @"const.conv1/kernel" to float*), i64 %165
  %167 = bitcast float* %166 to <8 x float>*
  %168 = load <8 x float>, <8 x float>* %167, align 4
  %169 = getelementptr inbounds float, float* %87, i64 0
  %170 = load float, float* %169, align 4
  %171 = insertelement <8 x float> undef, float %170, i64 0
  %172 = shufflevector <8 x float> %171, <8 x float> undef, <8 x i32> zeroinitializer
  %173 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %174 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %172, <8 x float> %168, <8 x float> %173)
  store <8 x float> %174, <8 x float>* %acc.0.0, align 32
  %175 = getelementptr inbounds float, float* %94, i64 0
  %176 = load float, float* %175, align 4
  %177 = insertelement <8 x float> undef, float %176, i64 0
  %178 = shufflevector <8 x float> %177, <8 x float> undef, <8 x i32> zeroinitializer
  %179 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %180 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %178, <8 x float> %168, <8 x float> %179)
  store <8 x float> %180, <8 x float>* %acc.1.0, align 32
  %181 = getelementptr inbounds float, float* %101, i64 0
  %182 = load float, float* %181, align 4
  %183 = insertelement <8 x float> undef, float %182, i64 0
  %184 = shufflevector <8 x float> %183, <8 x float> undef, <8 x i32> zeroinitializer
  %185 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %186 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %184, <8 x float> %168, <8 x float> %185)
  store <8 x float> %186, <8 x float>* %acc.2.0, align 32
  %187 = getelementptr inbounds float, float* %108, i64 0
  %188 = load float, float* %187, align 4
  %189 = insertelement <8 x float> undef, float %188, i64 0
  %190 = shufflevector <8 x float> %189, <8 x float> undef, <8 x i32> zeroinitializer
  %191 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %192 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %190, <8 x float> %168, <8 x float> %191)
  store <8 x float> %192, <8 x float>* %acc.3.0, align 32
  %193 = getelementptr inbounds float, float* %115, i64 0
  %194 = load float, float* %193, align 4
  %195 = insertelement <8 x float> undef, float %194, i64 0
  %196 = shufflevector <8 x float> %195, <8 x float> undef, <8 x i32> zeroinitializer
  %197 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %198 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %196, <8 x float> %168, <8 x float> %197)
  store <8 x float> %198, <8 x float>* %acc.4.0, align 32
  %199 = getelementptr inbounds float, float* %122, i64 0
  %200 = load float, float* %199, align 4
  %201 = insertelement <8 x float> undef, float %200, i64 0
  %202 = shufflevector <8 x float> %201, <8 x float> undef, <8 x i32> zeroinitializer
  %203 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %204 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %202, <8 x float> %168, <8 x float> %203)
  store <8 x float> %204, <8 x float>* %acc.5.0, align 32
  %205 = getelementptr inbounds float, float* %129, i64 0
  %206 = load float, float* %205, align 4
  %207 = insertelement <8 x float> undef, float %206, i64 0
  %208 = shufflevector <8 x float> %207, <8 x float> undef, <8 x i32> zeroinitializer
  %209 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %210 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %208, <8 x float> %168, <8 x float> %209)
  store <8 x float> %210, <8 x float>* %acc.6.0, align 32
  %211 = getelementptr inbounds float, float* %136, i64 0
  %212 = load float, float* %211, align 4
  %213 = insertelement <8 x float> undef, float %212, i64 0
  %214 = shufflevector <8 x float> %213, <8 x float> undef, <8 x i32> zeroinitializer
  %215 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %216 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %214, <8 x float> %168, <8 x float> %215)
  store <8 x float> %216, <8 x float>* %acc.7.0, align 32
  %217 = getelementptr inbounds float, float* %143, i64 0
  %218 = load float, float* %217, align 4
  %219 = insertelement <8 x float> undef, float %218, i64 0
  %220 = shufflevector <8 x float> %219, <8 x float> undef, <8 x i32> zeroinitializer
  %221 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %222 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %220, <8 x float> %168, <8 x float> %221)
  store <8 x float> %222, <8 x float>* %acc.8.0, align 32
  %223 = getelementptr inbounds float, float* %150, i64 0
  %224 = load float, float* %223, align 4
  %225 = insertelement <8 x float> undef, float %224, i64 0
  %226 = shufflevector <8 x float> %225, <8 x float> undef, <8 x i32> zeroinitializer
  %227 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %228 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %226, <8 x float> %168, <8 x float> %227)
  store <8 x float> %228, <8 x float>* %acc.9.0, align 32
  %229 = getelementptr inbounds float, float* %157, i64 0
  %230 = load float, float* %229, align 4
  %231 = insertelement <8 x float> undef, float %230, i64 0
  %232 = shufflevector <8 x float> %231, <8 x float> undef, <8 x i32> zeroinitializer
  %233 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %234 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %232, <8 x float> %168, <8 x float> %233)
  store <8 x float> %234, <8 x float>* %acc.10.0, align 32
  %235 = getelementptr inbounds float, float* %164, i64 0
  %236 = load float, float* %235, align 4
  %237 = insertelement <8 x float> undef, float %236, i64 0
  %238 = shufflevector <8 x float> %237, <8 x float> undef, <8 x i32> zeroinitializer
  %239 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %240 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %238, <8 x float> %168, <8 x float> %239)
  store <8 x float> %240, <8 x float>* %acc.11.0, align 32
  %kw.next = add nsw i64 %kw4, 1
  %241 = icmp slt i64 %kw.next, 5
  br i1 %241, label %kw, label %kw.end

kw.end:                                           ; preds = %kw
  br label %ih.ok.end

epilogue.row:                                     ; preds = %epilogue.end, %tile.end
  %epilogue.row5 = phi i64 [ 0, %tile.end ], [ %epilogue.row.next, %epilogue.end ]
  %242 = add nsw i64 %6, %epilogue.row5
  %243 = mul nsw i64 %242, 8
  br label %epilogue

epilogue.row.end:                                 ; preds = %epilogue.end
  %oh.next = add nsw i64 %oh1, 1
  %244 = icmp slt i64 %oh.next, 24
  br i1 %244, label %oh, label %oh.end

epilogue:                                         ; preds = %epilogue, %epilogue.row
  %epilogue6 = phi i64 [ 0, %epilogue.row ], [ %epilogue.next, %epilogue ]
  %245 = add nsw i64 %243, %epilogue6
  %246 = getelementptr inbounds float, float* %1, i64 %245
  %247 = load float, float* %246, align 4
  %248 = sdiv i64 %242, 24
  %249 = urem i64 %248, 24
  %250 = urem i64 %242, 24
  %251 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv1/bias" to float*), i64 %epilogue6
  %252 = load float, float* %251, align 4
  %253 = fadd float %247, %252
  %254 = fcmp ole float %253, 0.000000e+00
  %255 = select i1 %254, float 0.000000e+00, float %253
  %256 = getelementptr inbounds float, float* %1, i64 %245
  store float %255, float* %256, align 4
  %epilogue.next = add nsw i64 %epilogue6, 1
  %257 = icmp slt i64 %epilogue.next, 8
  br i1 %257, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  %epilogue.row.next = add nsw i64 %epilogue.row5, 1
  %258 = icmp slt i64 %epilogue.row.next, 24
  br i1 %258, label %epilogue.row, label %epilogue.row.end
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <8 x float> @llvm.fmuladd.v8f32(<8 x float>, <8 x float>, <8 x float>) #1

; Function Attrs: nounwind
define internal void @k6_pool1(float* noalias %0, float* noalias %1) #0 {
allocas:
  br label %body

body:                                             ; preds = %allocas
  br label %oh

oh:                                               ; preds = %ow.end, %body
  %oh1 = phi i64 [ 0, %body ], [ %oh.next, %ow.end ]
  br label %ow

oh.end:                                           ; preds = %ow.end
  ret void

ow:                                               ; preds = %kh.end, %oh
  %ow2 = phi i64 [ 0, %oh ], [ %ow.next, %kh.end ]
  %2 = add nsw i64 0, %oh1
  %3 = mul nsw i64 %2, 12
  %4 = add nsw i64 %3, %ow2
  %5 = mul nsw i64 %4, 8
  br label %init

ow.end:                                           ; preds = %kh.end
  %oh.next = add nsw i64 %oh1, 1
  %6 = icmp slt i64 %oh.next, 12
  br i1 %6, label %oh, label %oh.end

init:                                             ; preds = %init, %ow
  %init3 = phi i64 [ 0, %ow ], [ %init.next, %init ]
  %7 = add nsw i64 %5, %init3
  %8 = getelementptr inbounds float, float* %1, i64 %7
  store float 0xFFF0000000000000, float* %8, align 4
  %init.next = add nsw i64 %init3, 1
  %9 = icmp slt i64 %init.next, 8
  br i1 %9, label %init, label %init.end

init.end:                                         ; preds = %init
  br label %kh

kh:                                               ; preds = %ih.ok.end, %init.end
  %kh4 = phi i64 [ 0, %init.end ], [ %kh.next, %ih.ok.end ]
  %10 = mul nsw i64 %oh1, 2
  %11 = add i64 %10, 0
  %12 = add nsw i64 %11, %kh4
  %13 = icmp ult i64 %12, 24
  br i1 %13, label %ih.ok, label %ih.ok.end

kh.end:                                           ; preds = %ih.ok.end
  %ow.next = add nsw i64 %ow2, 1
  %14 = icmp slt i64 %ow.next, 12
  br i1 %14, label %ow, label %ow.end

ih.ok:                                            ; preds = %kh
  br label %kw

ih.ok.end:                                        ; preds = %kw.end, %kh
  %kh.next = add nsw i64 %kh4, 1
  %15 = icmp slt i64 %kh.next, 2
  br i1 %15, label %kh, label %kh.end

kw:                                               ; preds = %iw.ok.end, %ih.ok
  %kw5 = phi i64 [ 0, %ih.ok ], [ %kw.next, %iw.ok.end ]
  %16 = mul nsw i64 %ow2, 2
  %17 = add i64 %16, 0
  %18 = add nsw i64 %17, %kw5
  %19 = icmp ult i64 %18, 24
  br i1 %19, label %iw.ok, label %iw.ok.end

kw.end:                                           ; preds = %iw.ok.end
  br label %ih.ok.end

iw.ok:                                            ; preds = %kw
  %20 = add nsw i64 0, %12
  %21 = mul nsw i64 %20, 24
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %22, 8
  br label %c

iw.ok.end:                                        ; preds = %c.end, %kw
  %kw.next = add nsw i64 %kw5, 1
  %24 = icmp slt i64 %kw.next, 2
  br i1 %24, label %kw, label %kw.end

c:                                                ; preds = %c, %iw.ok
  %c6 = phi i64 [ 0, %iw.ok ], [ %c.next, %c ]
  %25 = add nsw i64 %5, %c6
  %26 = add nsw i64 %23, %c6
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = load float, float* %27, align 4
  %29 = getelementptr inbounds float, float* %1, i64 %25
  %30 = load float, float* %29, align 4
  %31 = fcmp ogt float %30, %28
  %32 = fcmp uno float %30, %30
  %33 = select i1 %31, float %30, float %28
  %34 = select i1 %32, float %30, float %33
  %35 = getelementptr inbounds float, float* %1, i64 %25
  store float %34, float* %35, align 4
  %c.next = add nsw i64 %c6, 1
  %36 = icmp slt i64 %c.next, 8
  br i1 %36, label %c, label %c.end

c.end:                                            ; preds = %c
  br label %iw.ok.end
}

; Function Attrs: nounwind
define internal void @k11_conv2_Relu(float* noalias %0, float* noalias %1, float* noalias %2) #0 {
allocas:
  %acc.0.0 = alloca <8 x float>, align 32
  %acc.1.0 = alloca <8 x float>, align 32
  %acc.2.0 = alloca <8 x float>, align 32
  %acc.3.0 = alloca <8 x float>, align 32
  %acc.4.0 = alloca <8 x float>, align 32
  %acc.5.0 = alloca <8 x float>, align 32
  %acc.6.0 = alloca <8 x float>, align 32
  %acc.7.0 = alloca <8 x float>, align 32
  %acc.8.0 = alloca <8 x float>, align 32
  %acc.9.0 = alloca <8 x float>, align 32
  %acc.10.0 = alloca <8 x float>, align 32
  %acc.11.0 = alloca <8 x float>, align 32
  br label %body

body:                                             ; preds = %allocas
  br label %oh

oh:                                               ; preds = %epilogue.row.end, %body
  %oh1 = phi i64 [ 0, %body ], [ %oh.next, %epilogue.row.end ]
  store <8 x float> zeroinitializer, <8 x float>* %acc.0.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.1.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.2.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.3.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.4.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.5.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.6.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.7.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.8.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.9.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.10.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.11.0, align 32
  br label %kh

oh.end:                                           ; preds = %epilogue.row.end
  ret void

kh:                                               ; preds = %ih.ok.end, %oh
  %kh2 = phi i64 [ 0, %oh ], [ %kh.next, %ih.ok.end ]
  %3 = mul nsw i64 %oh1, 1
  %4 = add i64 %3, -1
  %5 = add nsw i64 %4, %kh2
  %6 = icmp ult i64 %5, 12
  br i1 %6, label %ih.ok, label %ih.ok.end

kh.end:                                           ; preds = %ih.ok.end
  %7 = add nsw i64 0, %oh1
  %8 = mul nsw i64 %7, 12
  %9 = add nsw i64 %8, 0
  %10 = add nsw i64 %9, 0
  %11 = mul nsw i64 %10, 8
  %12 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %13 = getelementptr inbounds float, float* %2, i64 %11
  %14 = bitcast float* %13 to <8 x float>*
  store <8 x float> %12, <8 x float>* %14, align 4
  %15 = add nsw i64 %9, 1
  %16 = mul nsw i64 %15, 8
  %17 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %18 = getelementptr inbounds float, float* %2, i64 %16
  %19 = bitcast float* %18 to <8 x float>*
  store <8 x float> %17, <8 x float>* %19, align 4
  %20 = add nsw i64 %9, 2
  %21 = mul nsw i64 %20, 8
  %22 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %23 = getelementptr inbounds float, float* %2, i64 %21
  %24 = bitcast float* %23 to <8 x float>*
  store <8 x float> %22, <8 x float>* %24, align 4
  %25 = add nsw i64 %9, 3
  %26 = mul nsw i64 %25, 8
  %27 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %28 = getelementptr inbounds float, float* %2, i64 %26
  %29 = bitcast float* %28 to <8 x float>*
  store <8 x float> %27, <8 x float>* %29, align 4
  %30 = add nsw i64 %9, 4
  %31 = mul nsw i64 %30, 8
  %32 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %33 = getelementptr inbounds float, float* %2, i64 %31
  %34 = bitcast float* %33 to <8 x float>*
  store <8 x float> %32, <8 x float>* %34, align 4
  %35 = add nsw i64 %9, 5
  %36 = mul nsw i64 %35, 8
  %37 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %38 = getelementptr inbounds float, float* %2, i64 %36
  %39 = bitcast float* %38 to <8 x float>*
  store <8 x float> %37, <8 x float>* %39, align 4
  %40 = add nsw i64 %9, 6
  %41 = mul nsw i64 %40, 8
  %42 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %43 = getelementptr inbounds float, float* %2, i64 %41
  %44 = bitcast float* %43 to <8 x float>*
  store <8 x float> %42, <8 x float>* %44, align 4
  %45 = add nsw i64 %9, 7
  %46 = mul nsw i64 %45, 8
  %47 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %48 = getelementptr inbounds float, float* %2, i64 %46
  %49 = bitcast float* %48 to <8 x float>*
  store <8 x float> %47, <8 x float>* %49, align 4
  %50 = add nsw i64 %9, 8
  %51 = mul nsw i64 %50, 8
  %52 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %53 = getelementptr inbounds float, float* %2, i64 %51
  %54 = bitcast float* %53 to <8 x float>*
  store <8 x float> %52, <8 x float>* %54, align 4
  %55 = add nsw i64 %9, 9
  %56 = mul nsw i64 %55, 8
  %57 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %58 = getelementptr inbounds float, float* %2, i64 %56
  %59 = bitcast float* %58 to <8 x float>*
  store <8 x float> %57, <8 x float>* %59, align 4
  %60 = add nsw i64 %9, 10
  %61 = mul nsw i64 %60, 8
  %62 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %63 = getelementptr inbounds float, float* %2, i64 %61
  %64 = bitcast float* %63 to <8 x float>*
  store <8 x float> %62, <8 x float>* %64, align 4
  %65 = add nsw i64 %9, 11
  %66 = mul nsw i64 %65, 8
  %67 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %68 = getelementptr inbounds float, float* %2, i64 %66
  %69 = bitcast float* %68 to <8 x float>*
  store <8 x float> %67, <8 x float>* %69, align 4
  %70 = add nsw i64 0, %oh1
  %71 = mul nsw i64 %70, 96
  %72 = sdiv i64 %71, 8
  br label %epilogue.row

ih.ok:                                            ; preds = %kh
  %73 = add nsw i64 0, %5
  %74 = mul nsw i64 %73, 12
  %75 = mul nsw i64 %kh2, 3
  %76 = add nsw i64 %75, 0
  %77 = mul nsw i64 %76, 64
  %78 = add nsw i64 %74, 0
  %79 = mul nsw i64 %78, 8
  %80 = getelementptr inbounds float, float* %0, i64 %79
  %81 = add nsw i64 %74, 1
  %82 = mul nsw i64 %81, 8
  %83 = getelementptr inbounds float, float* %0, i64 %82
  %84 = add nsw i64 %74, 2
  %85 = mul nsw i64 %84, 8
  %86 = getelementptr inbounds float, float* %0, i64 %85
  %87 = add nsw i64 %74, 3
  %88 = mul nsw i64 %87, 8
  %89 = getelementptr inbounds float, float* %0, i64 %88
  %90 = add nsw i64 %74, 4
  %91 = mul nsw i64 %90, 8
  %92 = getelementptr inbounds float, float* %0, i64 %91
  %93 = add nsw i64 %74, 5
  %94 = mul nsw i64 %93, 8
  %95 = getelementptr inbounds float, float* %0, i64 %94
  %96 = add nsw i64 %74, 6
  %97 = mul nsw i64 %96, 8
  %98 = getelementptr inbounds float, float* %0, i64 %97
  %99 = add nsw i64 %74, 7
  %100 = mul nsw i64 %99, 8
  %101 = getelementptr inbounds float, float* %0, i64 %100
  %102 = add nsw i64 %74, 8
  %103 = mul nsw i64 %102, 8
  %104 = getelementptr inbounds float, float* %0, i64 %103
  %105 = add nsw i64 %74, 9
  %106 = mul nsw i64 %105, 8
  %107 = getelementptr inbounds float, float* %0, i64 %106
  %108 = add nsw i64 %74, 10
  %109 = mul nsw i64 %108, 8
  %110 = getelementptr inbounds float, float* %0, i64 %109
  br label %c

ih.ok.end:                                        ; preds = %c.end9, %kh
  %kh.next = add nsw i64 %kh2, 1
  %111 = icmp slt i64 %kh.next, 3
  br i1 %111, label %kh, label %kh.end

c:                                                ; preds = %c, %ih.ok
  %c3 = phi i64 [ 0, %ih.ok ], [ %c.next, %c ]
  %112 = mul nsw i64 %c3, 8
  %113 = add nsw i64 %77, %112
  %114 = getelementptr inbounds float, float* %1, i64 %113
  %115 = bitcast float* %114 to <8 x float>*
  %116 = load <8 x float>, <8 x float>* %115, align 4
  %117 = getelementptr inbounds float, float* %80, i64 %c3
  %118 = load float, float* %117, align 4
  %119 = insertelement <8 x float> undef, float %118, i64 0
  %120 = shufflevector <8 x float> %119, <8 x float> undef, <8 x i32> zeroinitializer
  %121 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %122 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %120, <8 x float> %116, <8 x float> %121)
  store <8 x float> %122, <8 x float>* %acc.1.0, align 32
  %123 = getelementptr inbounds float, float* %83, i64 %c3
  %124 = load float, float* %123, align 4
  %125 = insertelement <8 x float> undef, float %124, i64 0
  %126 = shufflevector <8 x float> %125, <8 x float> undef, <8 x i32> zeroinitializer
  %127 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %128 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %126, <8 x float> %116, <8 x float> %127)
  store <8 x float> %128, <8 x float>* %acc.2.0, align 32
  %129 = getelementptr inbounds float, float* %86, i64 %c3
  %130 = load float, float* %129, align 4
  %131 = insertelement <8 x float> undef, float %130, i64 0
  %132 = shufflevector <8 x float> %131, <8 x float> undef, <8 x i32> zeroinitializer
  %133 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %134 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %132, <8 x float> %116, <8 x float> %133)
  store <8 x float> %134, <8 x float>* %acc.3.0, align 32
  %135 = getelementptr inbounds float, float* %89, i64 %c3
  %136 = load float, float* %135, align 4
  %137 = insertelement <8 x float> undef, float %136, i64 0
  %138 = shufflevector <8 x float> %137, <8 x float> undef, <8 x i32> zeroinitializer
  %139 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %140 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %138, <8 x float> %116, <8 x float> %139)
  store <8 x float> %140, <8 x float>* %acc.4.0, align 32
  %141 = getelementptr inbounds float, float* %92, i64 %c3
  %142 = load float, float* %141, align 4
  %143 = insertelement <8 x float> undef, float %142, i64 0
  %144 = shufflevector <8 x float> %143, <8 x float> undef, <8 x i32> zeroinitializer
  %145 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %146 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %144, <8 x float> %116, <8 x float> %145)
  store <8 x float> %146, <8 x float>* %acc.5.0, align 32
  %147 = getelementptr inbounds float, float* %95, i64 %c3
  %148 = load float, float* %147, align 4
  %149 = insertelement <8 x float> undef, float %148, i64 0
  %150 = shufflevector <8 x float> %149, <8 x float> undef, <8 x i32> zeroinitializer
  %151 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %152 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %150, <8 x float> %116, <8 x float> %151)
  store <8 x float> %152, <8 x float>* %acc.6.0, align 32
  %153 = getelementptr inbounds float, float* %98, i64 %c3
  %154 = load float, float* %153, align 4
  %155 = insertelement <8 x float> undef, float %154, i64 0
  %156 = shufflevector <8 x float> %155, <8 x float> undef, <8 x i32> zeroinitializer
  %157 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %158 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %156, <8 x float> %116, <8 x float> %157)
  store <8 x float> %158, <8 x float>* %acc.7.0, align 32
  %159 = getelementptr inbounds float, float* %101, i64 %c3
  %160 = load float, float* %159, align 4
  %161 = insertelement <8 x float> undef, float %160, i64 0
  %162 = shufflevector <8 x float> %161, <8 x float> undef, <8 x i32> zeroinitializer
  %163 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %164 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %162, <8 x float> %116, <8 x float> %163)
  store <8 x float> %164, <8 x float>* %acc.8.0, align 32
  %165 = getelementptr inbounds float, float* %104, i64 %c3
  %166 = load float, float* %165, align 4
  %167 = insertelement <8 x float> undef, float %166, i64 0
  %168 = shufflevector <8 x float> %167, <8 x float> undef, <8 x i32> zeroinitializer
  %169 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %170 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %168, <8 x float> %116, <8 x float> %169)
  store <8 x float> %170, <8 x float>* %acc.9.0, align 32
  %171 = getelementptr inbounds float, float* %107, i64 %c3
  %172 = load float, float* %171, align 4
  %173 = insertelement <8 x float> undef, float %172, i64 0
  %174 = shufflevector <8 x float> %173, <8 x float> undef, <8 x i32> zeroinitializer
  %175 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %176 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %174, <8 x float> %116, <8 x float> %175)
  store <8 x float> %176, <8 x float>* %acc.10.0, align 32
  %177 = getelementptr inbounds float, float* %110, i64 %c3
  %178 = load float, float* %177, align 4
  %179 = insertelement <8 x float> undef, float %178, i64 0
  %180 = shufflevector <8 x float> %179, <8 x float> undef, <8 x i32> zeroinitializer
  %181 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %182 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %180, <8 x float> %116, <8 x float> %181)
  store <8 x float> %182, <8 x float>* %acc.11.0, align 32
  %c.next = add nsw i64 %c3, 1
  %183 = icmp slt i64 %c.next, 8
  br i1 %183, label %c, label %c.end

c.end:                                            ; preds = %c
  %184 = mul nsw i64 %kh2, 3
  %185 = add nsw i64 %184, 1
  %186 = mul nsw i64 %185, 64
  %187 = add nsw i64 %74, 0
  %188 = mul nsw i64 %187, 8
  %189 = getelementptr inbounds float, float* %0, i64 %188
  %190 = add nsw i64 %74, 1
  %191 = mul nsw i64 %190, 8
  %192 = getelementptr inbounds float, float* %0, i64 %191
  %193 = add nsw i64 %74, 2
  %194 = mul nsw i64 %193, 8
  %195 = getelementptr inbounds float, float* %0, i64 %194
  %196 = add nsw i64 %74, 3
  %197 = mul nsw i64 %196, 8
  %198 = getelementptr inbounds float, float* %0, i64 %197
  %199 = add nsw i64 %74, 4
  %200 = mul nsw i64 %199, 8
  %201 = getelementptr inbounds float, float* %0, i64 %200
  %202 = add nsw i64 %74, 5
  %203 = mul nsw i64 %202, 8
  %204 = getelementptr inbounds float, float* %0, i64 %203
  %205 = add nsw i64 %74, 6
  %206 = mul nsw i64 %205, 8
  %207 = getelementptr inbounds float, float* %0, i64 %206
  %208 = add nsw i64 %74, 7
  %209 = mul nsw i64 %208, 8
  %210 = getelementptr inbounds float, float* %0, i64 %209
  %211 = add nsw i64 %74, 8
  %212 = mul nsw i64 %211, 8
  %213 = getelementptr inbounds float, float* %0, i64 %212
  %214 = add nsw i64 %74, 9
  %215 = mul nsw i64 %214, 8
  %216 = getelementptr inbounds float, float* %0, i64 %215
  %217 = add nsw i64 %74, 10
  %218 = mul nsw i64 %217, 8
  %219 = getelementptr inbounds float, float* %0, i64 %218
  %220 = add nsw i64 %74, 11
  %221 = mul nsw i64 %220, 8
  %222 = getelementptr inbounds float, float* %0, i64 %221
  br label %c4

c4:                                               ; preds = %c4, %c.end
  %c6 = phi i64 [ 0, %c.end ], [ %c.next7, %c4 ]
  %223 = mul nsw i64 %c6, 8
  %224 = add nsw i64 %186, %223
  %225 = getelementptr inbounds float, float* %1, i64 %224
  %226 = bitcast float* %225 to <8 x float>*
  %227 = load <8 x float>, <8 x float>* %226, align 4
  %228 = getelementptr inbounds float, float* %189, i64 %c6
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i64 0
  %231 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %233 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %231, <8 x float> %227, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %acc.0.0, align 32
  %234 = getelementptr inbounds float, float* %192, i64 %c6
  %235 = load float, float* %234, align 4
  %236 = insertelement <8 x float> undef, float %235, i64 0
  %237 = shufflevector <8 x float> %236, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %239 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %237, <8 x float> %227, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %acc.1.0, align 32
  %240 = getelementptr inbounds float, float* %195, i64 %c6
  %241 = load float, float* %240, align 4
  %242 = insertelement <8 x float> undef, float %241, i64 0
  %243 = shufflevector <8 x float> %242, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %245 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %243, <8 x float> %227, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %acc.2.0, align 32
  %246 = getelementptr inbounds float, float* %198, i64 %c6
  %247 = load float, float* %246, align 4
  %248 = insertelement <8 x float> undef, float %247, i64 0
  %249 = shufflevector <8 x float> %248, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %251 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %249, <8 x float> %227, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %acc.3.0, align 32
  %252 = getelementptr inbounds float, float* %201, i64 %c6
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i64 0
  %255 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %257 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %255, <8 x float> %227, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %acc.4.0, align 32
  %258 = getelementptr inbounds float, float* %204, i64 %c6
  %259 = load float, float* %258, align 4
  %260 = insertelement <8 x float> undef, float %259, i64 0
  %261 = shufflevector <8 x float> %260, <8 x float> undef, <8 x i32> zeroinitializer
  %262 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %263 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %261, <8 x float> %227, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %acc.5.0, align 32
  %264 = getelementptr inbounds float, float* %207, i64 %c6
  %265 = load float, float* %264, align 4
  %266 = insertelement <8 x float> undef, float %265, i64 0
  %267 = shufflevector <8 x float> %266, <8 x float> undef, <8 x i32> zeroinitializer
  %268 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %269 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %267, <8 x float> %227, <8 x float> %268)
  store <8 x float> %269, <8 x float>* %acc.6.0, align 32
  %270 = getelementptr inbounds float, float* %210, i64 %c6
  %271 = load float, float* %270, align 4
  %272 = insertelement <8 x float> undef, float %271, i64 0
  %273 = shufflevector <8 x float> %272, <8 x float> undef, <8 x i32> zeroinitializer
  %274 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %275 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %273, <8 x float> %227, <8 x float> %274)
  store <8 x float> %275, <8 x float>* %acc.7.0, align 32
  %276 = getelementptr inbounds float, float* %213, i64 %c6
  %277 = load float, float* %276, align 4
  %278 = insertelement <8 x float> undef, float %277, i64 0
  %279 = shufflevector <8 x float> %278, <8 x float> undef, <8 x i32> zeroinitializer
  %280 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %281 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %279, <8 x float> %227, <8 x float> %280)
  store <8 x float> %281, <8 x float>* %acc.8.0, align 32
  %282 = getelementptr inbounds float, float* %216, i64 %c6
  %283 = load float, float* %282, align 4
  %284 = insertelement <8 x float> undef, float %283, i64 0
  %285 = shufflevector <8 x float> %284, <8 x float> undef, <8 x i32> zeroinitializer
  %286 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %287 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %285, <8 x float> %227, <8 x float> %286)
  store <8 x float> %287, <8 x float>* %acc.9.0, align 32
  %288 = getelementptr inbounds float, float* %219, i64 %c6
  %289 = load float, float* %288, align 4
  %290 = insertelement <8 x float> undef, float %289, i64 0
  %291 = shufflevector <8 x float> %290, <8 x float> undef, <8 x i32> zeroinitializer
  %292 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %293 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %291, <8 x float> %227, <8 x float> %292)
  store <8 x float> %293, <8 x float>* %acc.10.0, align 32
  %294 = getelementptr inbounds float, float* %222, i64 %c6
  %295 = load float, float* %294, align 4
  %296 = insertelement <8 x float> undef, float %295, i64 0
  %297 = shufflevector <8 x float> %296, <8 x float> undef, <8 x i32> zeroinitializer
  %298 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %299 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %297, <8 x float> %227, <8 x float> %298)
  store <8 x float> %299, <8 x float>* %acc.11.0, align 32
  %c.next7 = add nsw i64 %c6, 1
  %300 = icmp slt i64 %c.next7, 8
  br i1 %300, label %c4, label %c.end5

c.end5:                                           ; preds = %c4
  %301 = mul nsw i64 %kh2, 3
  %302 = add nsw i64 %301, 2
  %303 = mul nsw i64 %302, 64
  %304 = add nsw i64 %74, 1
  %305 = mul nsw i64 %304, 8
  %306 = getelementptr inbounds float, float* %0, i64 %305
  %307 = add nsw i64 %74, 2
  %308 = mul nsw i64 %307, 8
  %309 = getelementptr inbounds float, float* %0, i64 %308
  %310 = add nsw i64 %74, 3
  %311 = mul nsw i64 %310, 8
  %312 = getelementptr inbounds float, float* %0, i64 %311
  %313 = add nsw i64 %74, 4
  %314 = mul nsw i64 %313, 8
  %315 = getelementptr inbounds float, float* %0, i64 %314
  %316 = add nsw i64 %74, 5
  %317 = mul nsw i64 %316, 8
  %318 = getelementptr inbounds float, float* %0, i64 %317
  %319 = add nsw i64 %74, 6
  %320 = mul nsw i64 %319, 8
  %321 = getelementptr inbounds float, float* %0, i64 %320
  %322 = add nsw i64 %74, 7
  %323 = mul nsw i64 %322, 8
  %324 = getelementptr inbounds float, float* %0, i64 %323
  %325 = add nsw i64 %74, 8
  %326 = mul nsw i64 %325, 8
  %327 = getelementptr inbounds float, float* %0, i64 %326
  %328 = add nsw i64 %74, 9
  %329 = mul nsw i64 %328, 8
  %330 = getelementptr inbounds float, float* %0, i64 %329
  %331 = add nsw i64 %74, 10
  %332 = mul nsw i64 %331, 8
  %333 = getelementptr inbounds float, float* %0, i64 %332
  %334 = add nsw i64 %74, 11
  %335 = mul nsw i64 %334, 8
  %336 = getelementptr inbounds float, float* %0, i64 %335
  br label %c8

c8:                                               ; preds = %c8, %c.end5
  %c10 = phi i64 [ 0, %c.end5 ], [ %c.next11, %c8 ]
  %337 = mul nsw i64 %c10, 8
  %338 = add nsw i64 %303, %337
  %339 = getelementptr inbounds float, float* %1, i64 %338
  %340 = bitcast float* %339 to <8 x float>*
  %341 = load <8 x float>, <8 x float>* %340, align 4
  %342 = getelementptr inbounds float, float* %306, i64 %c10
  %343 = load float, float* %342, align 4
  %344 = insertelement <8 x float> undef, float %343, i64 0
  %345 = shufflevector <8 x float> %344, <8 x float> undef, <8 x i32> zeroinitializer
  %346 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %347 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %345, <8 x float> %341, <8 x float> %346)
  store <8 x float> %347, <8 x float>* %acc.0.0, align 32
  %348 = getelementptr inbounds float, float* %309, i64 %c10
  %349 = load float, float* %348, align 4
  %350 = insertelement <8 x float> undef, float %349, i64 0
  %351 = shufflevector <8 x float> %350, <8 x float> undef, <8 x i32> zeroinitializer
  %352 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %353 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %351, <8 x float> %341, <8 x float> %352)
  store <8 x float> %353, <8 x float>* %acc.1.0, align 32
  %354 = getelementptr inbounds float, float* %312, i64 %c10
  %355 = load float, float* %354, align 4
  %356 = insertelement <8 x float> undef, float %355, i64 0
  %357 = shufflevector <8 x float> %356, <8 x float> undef, <8 x i32> zeroinitializer
  %358 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %359 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %357, <8 x float> %341, <8 x float> %358)
  store <8 x float> %359, <8 x float>* %acc.2.0, align 32
  %360 = getelementptr inbounds float, float* %315, i64 %c10
  %361 = load float, float* %360, align 4
  %362 = insertelement <8 x float> undef, float %361, i64 0
  %363 = shufflevector <8 x float> %362, <8 x float> undef, <8 x i32> zeroinitializer
  %364 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %365 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %363, <8 x float> %341, <8 x float> %364)
  store <8 x float> %365, <8 x float>* %acc.3.0, align 32
  %366 = getelementptr inbounds float, float* %318, i64 %c10
  %367 = load float, float* %366, align 4
  %368 = insertelement <8 x float> undef, float %367, i64 0
  %369 = shufflevector <8 x float> %368, <8 x float> undef, <8 x i32> zeroinitializer
  %370 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %371 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %369, <8 x float> %341, <8 x float> %370)
  store <8 x float> %371, <8 x float>* %acc.4.0, align 32
  %372 = getelementptr inbounds float, float* %321, i64 %c10
  %373 = load float, float* %372, align 4
  %374 = insertelement <8 x float> undef, float %373, i64 0
  %375 = shufflevector <8 x float> %374, <8 x float> undef, <8 x i32> zeroinitializer
  %376 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %377 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %375, <8 x float> %341, <8 x float> %376)
  store <8 x float> %377, <8 x float>* %acc.5.0, align 32
  %378 = getelementptr inbounds float, float* %324, i64 %c10
  %379 = load float, float* %378, align 4
  %380 = insertelement <8 x float> undef, float %379, i64 0
  %381 = shufflevector <8 x float> %380, <8 x float> undef, <8 x i32> zeroinitializer
  %382 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %383 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %381, <8 x float> %341, <8 x float> %382)
  store <8 x float> %383, <8 x float>* %acc.6.0, align 32
  %384 = getelementptr inbounds float, float* %327, i64 %c10
  %385 = load float, float* %384, align 4
  %386 = insertelement <8 x float> undef, float %385, i64 0
  %387 = shufflevector <8 x float> %386, <8 x float> undef, <8 x i32> zeroinitializer
  %388 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %389 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %387, <8 x float> %341, <8 x float> %388)
  store <8 x float> %389, <8 x float>* %acc.7.0, align 32
  %390 = getelementptr inbounds float, float* %330, i64 %c10
  %391 = load float, float* %390, align 4
  %392 = insertelement <8 x float> undef, float %391, i64 0
  %393 = shufflevector <8 x float> %392, <8 x float> undef, <8 x i32> zeroinitializer
  %394 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %395 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %393, <8 x float> %341, <8 x float> %394)
  store <8 x float> %395, <8 x float>* %acc.8.0, align 32
  %396 = getelementptr inbounds float, float* %333, i64 %c10
  %397 = load float, float* %396, align 4
  %398 = insertelement <8 x float> undef, float %397, i64 0
  %399 = shufflevector <8 x float> %398, <8 x float> undef, <8 x i32> zeroinitializer
  %400 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %401 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %399, <8 x float> %341, <8 x float> %400)
  store <8 x float> %401, <8 x float>* %acc.9.0, align 32
  %402 = getelementptr inbounds float, float* %336, i64 %c10
  %403 = load float, float* %402, align 4
  %404 = insertelement <8 x float> undef, float %403, i64 0
  %405 = shufflevector <8 x float> %404, <8 x float> undef, <8 x i32> zeroinitializer
  %406 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %407 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %405, <8 x float> %341, <8 x float> %406)
  store <8 x float> %407, <8 x float>* %acc.10.0, align 32
  %c.next11 = add nsw i64 %c10, 1
  %408 = icmp slt i64 %c.next11, 8
  br i1 %408, label %c8, label %c.end9

c.end9:                                           ; preds = %c8
  br label %ih.ok.end

epilogue.row:                                     ; preds = %epilogue.end, %kh.end
  %epilogue.row12 = phi i64 [ 0, %kh.end ], [ %epilogue.row.next, %epilogue.end ]
  %409 = add nsw i64 %72, %epilogue.row12
  %410 = mul nsw i64 %409, 8
  br label %epilogue

epilogue.row.end:                                 ; preds = %epilogue.end
  %oh.next = add nsw i64 %oh1, 1
  %411 = icmp slt i64 %oh.next, 12
  br i1 %411, label %oh, label %oh.end

epilogue:                                         ; preds = %epilogue, %epilogue.row
  %epilogue13 = phi i64 [ 0, %epilogue.row ], [ %epilogue.next, %epilogue ]
  %412 = add nsw i64 %410, %epilogue13
  %413 = getelementptr inbounds float, float* %2, i64 %412
  %414 = load float, float* %413, align 4
  %415 = sdiv i64 %409, 12
  %416 = urem i64 %415, 12
  %417 = urem i64 %409, 12
  %418 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv2/bias" to float*), i64 %epilogue13
  %419 = load float, float* %418, align 4
  %420 = fadd float %414, %419
  %421 = fcmp ole float %420, 0.000000e+00
  %422 = select i1 %421, float 0.000000e+00, float %420
  %423 = getelementptr inbounds float, float* %2, i64 %412
  store float %422, float* %423, align 4
  %epilogue.next = add nsw i64 %epilogue13, 1
  %424 = icmp slt i64 %epilogue.next, 8
  br i1 %424, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  %epilogue.row.next = add nsw i64 %epilogue.row12, 1
  %425 = icmp slt i64 %epilogue.row.next, 12
  br i1 %425, label %epilogue.row, label %epilogue.row.end
}

; Function Attrs: nounwind
define internal void @k12_pool2(float* noalias %0, float* noalias %1) #0 {
allocas:
  br label %body

body:                                             ; preds = %allocas
  br label %oh

oh:                                               ; preds = %ow.end, %body
  %oh1 = phi i64 [ 0, %body ], [ %oh.next, %ow.end ]
  br label %ow

oh.end:                                           ; preds = %ow.end
  ret void

ow:                                               ; preds = %kh.end, %oh
  %ow2 = phi i64 [ 0, %oh ], [ %ow.next, %kh.end ]
  %2 = add nsw i64 0, %oh1
  %3 = mul nsw i64 %2, 6
  %4 = add nsw i64 %3, %ow2
  %5 = mul nsw i64 %4, 8
  br label %init

ow.end:                                           ; preds = %kh.end
  %oh.next = add nsw i64 %oh1, 1
  %6 = icmp slt i64 %oh.next, 6
  br i1 %6, label %oh, label %oh.end

init:                                             ; preds = %init, %ow
  %init3 = phi i64 [ 0, %ow ], [ %init.next, %init ]
  %7 = add nsw i64 %5, %init3
  %8 = getelementptr inbounds float, float* %1, i64 %7
  store float 0xFFF0000000000000, float* %8, align 4
  %init.next = add nsw i64 %init3, 1
  %9 = icmp slt i64 %init.next, 8
  br i1 %9, label %init, label %init.end

init.end:                                         ; preds = %init
  br label %kh

kh:                                               ; preds = %ih.ok.end, %init.end
  %kh4 = phi i64 [ 0, %init.end ], [ %kh.next, %ih.ok.end ]
  %10 = mul nsw i64 %oh1, 2
  %11 = add i64 %10, 0
  %12 = add nsw i64 %11, %kh4
  %13 = icmp ult i64 %12, 12
  br i1 %13, label %ih.ok, label %ih.ok.end

kh.end:                                           ; preds = %ih.ok.end
  %ow.next = add nsw i64 %ow2, 1
  %14 = icmp slt i64 %ow.next, 6
  br i1 %14, label %ow, label %ow.end

ih.ok:                                            ; preds = %kh
  br label %kw

ih.ok.end:                                        ; preds = %kw.end, %kh
  %kh.next = add nsw i64 %kh4, 1
  %15 = icmp slt i64 %kh.next, 2
  br i1 %15, label %kh, label %kh.end

kw:                                               ; preds = %iw.ok.end, %ih.ok
  %kw5 = phi i64 [ 0, %ih.ok ], [ %kw.next, %iw.ok.end ]
  %16 = mul nsw i64 %ow2, 2
  %17 = add i64 %16, 0
  %18 = add nsw i64 %17, %kw5
  %19 = icmp ult i64 %18, 12
  br i1 %19, label %iw.ok, label %iw.ok.end

kw.end:                                           ; preds = %iw.ok.end
  br label %ih.ok.end

iw.ok:                                            ; preds = %kw
  %20 = add nsw i64 0, %12
  %21 = mul nsw i64 %20, 12
  %22 = add nsw i64 %21, %18
  %23 = mul nsw i64 %22, 8
  br label %c

iw.ok.end:                                        ; preds = %c.end, %kw
  %kw.next = add nsw i64 %kw5, 1
  %24 = icmp slt i64 %kw.next, 2
  br i1 %24, label %kw, label %kw.end

c:                                                ; preds = %c, %iw.ok
  %c6 = phi i64 [ 0, %iw.ok ], [ %c.next, %c ]
  %25 = add nsw i64 %5, %c6
  %26 = add nsw i64 %23, %c6
  %27 = getelementptr inbounds float, float* %0, i64 %26
  %28 = load float, float* %27, align 4
  %29 = getelementptr inbounds float, float* %1, i64 %25
  %30 = load float, float* %29, align 4
  %31 = fcmp ogt float %30, %28
  %32 = fcmp uno float %30, %30
  %33 = select i1 %31, float %30, float %28
  %34 = select i1 %32, float %30, float %33
  %35 = getelementptr inbounds float, float* %1, i64 %25
  store float %34, float* %35, align 4
  %c.next = add nsw i64 %c6, 1
  %36 = icmp slt i64 %c.next, 8
  br i1 %36, label %c, label %c.end

c.end:                                            ; preds = %c
  br label %iw.ok.end
}

; Function Attrs: nounwind
define internal void @k18_dense_Relu(float* noalias %0, float* noalias %1, float* noalias %2) #0 {
allocas:
  %acc.0.0 = alloca <16 x float>, align 64
  %acc.0.1 = alloca <16 x float>, align 64
  br label %body

body:                                             ; preds = %allocas
  store <16 x float> zeroinitializer, <16 x float>* %acc.0.0, align 64
  store <16 x float> zeroinitializer, <16 x float>* %acc.0.1, align 64
  br label %k

k:                                                ; preds = %k, %body
  %k1 = phi i64 [ 0, %body ], [ %k.next, %k ]
  %3 = mul nsw i64 %k1, 32
  %4 = add nsw i64 %3, 0
  %5 = getelementptr inbounds float, float* %1, i64 %4
  %6 = bitcast float* %5 to <16 x float>*
  %7 = load <16 x float>, <16 x float>* %6, align 4
  %8 = add nsw i64 %4, 16
  %9 = getelementptr inbounds float, float* %1, i64 %8
  %10 = bitcast float* %9 to <16 x float>*
  %11 = load <16 x float>, <16 x float>* %10, align 4
  %12 = add nsw i64 0, %k1
  %13 = getelementptr inbounds float, float* %0, i64 %12
  %14 = load float, float* %13, align 4
  %15 = insertelement <16 x float> undef, float %14, i64 0
  %16 = shufflevector <16 x float> %15, <16 x float> undef, <16 x i32> zeroinitializer
  %17 = load <16 x float>, <16 x float>* %acc.0.0, align 64
  %18 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %16, <16 x float> %7, <16 x float> %17)
  store <16 x float> %18, <16 x float>* %acc.0.0, align 64
  %19 = load <16 x float>, <16 x float>* %acc.0.1, align 64
  %20 = call <16 x float> @llvm.fmuladd.v16f32(<16 x float> %16, <16 x float> %11, <16 x float> %19)
  store <16 x float> %20, <16 x float>* %acc.0.1, align 64
  %k.next = add nsw i64 %k1, 1
  %21 = icmp slt i64 %k.next, 288
  br i1 %21, label %k, label %k.end

k.end:                                            ; preds = %k
  %22 = load <16 x float>, <16 x float>* %acc.0.0, align 64
  %23 = getelementptr inbounds float, float* %2, i64 0
  %24 = bitcast float* %23 to <16 x float>*
  store <16 x float> %22, <16 x float>* %24, align 4
  %25 = load <16 x float>, <16 x float>* %acc.0.1, align 64
  %26 = getelementptr inbounds float, float* %2, i64 16
  %27 = bitcast float* %26 to <16 x float>*
  store <16 x float> %25, <16 x float>* %27, align 4
  br label %epilogue

epilogue:                                         ; preds = %epilogue, %k.end
  %epilogue2 = phi i64 [ 0, %k.end ], [ %epilogue.next, %epilogue ]
  %28 = add nsw i64 0, %epilogue2
  %29 = getelementptr inbounds float, float* %2, i64 %28
  %30 = load float, float* %29, align 4
  %31 = getelementptr inbounds float, float* bitcast ([128 x i8]* @"const.dense/bias" to float*), i64 %epilogue2
  %32 = load float, float* %31, align 4
  %33 = fadd float %30, %32
  %34 = fcmp ole float %33, 0.000000e+00
  %35 = select i1 %34, float 0.000000e+00, float %33
  %36 = getelementptr inbounds float, float* %2, i64 %28
  store float %35, float* %36, align 4
  %epilogue.next = add nsw i64 %epilogue2, 1
  %37 = icmp slt i64 %epilogue.next, 32
  br i1 %37, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare <16 x float> @llvm.fmuladd.v16f32(<16 x float>, <16 x float>, <16 x float>) #1

; Function Attrs: nounwind
define internal void @k22_logits(float* noalias %0, float* noalias %1, float* noalias %2) #0 {
allocas:
  br label %body

body:                                             ; preds = %allocas
  br label %zero

zero:                                             ; preds = %zero, %body
  %zero1 = phi i64 [ 0, %body ], [ %zero.next, %zero ]
  %3 = add nsw i64 0, %zero1
  %4 = getelementptr inbounds float, float* %2, i64 %3
  store float 0.000000e+00, float* %4, align 4
  %zero.next = add nsw i64 %zero1, 1
  %5 = icmp slt i64 %zero.next, 10
  br i1 %5, label %zero, label %zero.end

zero.end:                                         ; preds = %zero
  br label %k

k:                                                ; preds = %j.end, %zero.end
  %k2 = phi i64 [ 0, %zero.end ], [ %k.next, %j.end ]
  %6 = add nsw i64 0, %k2
  %7 = getelementptr inbounds float, float* %0, i64 %6
  %8 = load float, float* %7, align 4
  %9 = mul nsw i64 %k2, 10
  br label %j

k.end:                                            ; preds = %j.end
  br label %epilogue

j:                                                ; preds = %j, %k
  %j3 = phi i64 [ 0, %k ], [ %j.next, %j ]
  %10 = add nsw i64 0, %j3
  %11 = add nsw i64 %9, %j3
  %12 = getelementptr inbounds float, float* %1, i64 %11
  %13 = load float, float* %12, align 4
  %14 = getelementptr inbounds float, float* %2, i64 %10
  %15 = load float, float* %14, align 4
  %16 = call float @llvm.fmuladd.f32(float %8, float %13, float %15)
  %17 = getelementptr inbounds float, float* %2, i64 %10
  store float %16, float* %17, align 4
  %j.next = add nsw i64 %j3, 1
  %18 = icmp slt i64 %j.next, 10
  br i1 %18, label %j, label %j.end

j.end:                                            ; preds = %j
  %k.next = add nsw i64 %k2, 1
  %19 = icmp slt i64 %k.next, 32
  br i1 %19, label %k, label %k.end

epilogue:                                         ; preds = %epilogue, %k.end
  %epilogue4 = phi i64 [ 0, %k.end ], [ %epilogue.next, %epilogue ]
  %20 = add nsw i64 0, %epilogue4
  %21 = getelementptr inbounds float, float* %2, i64 %20
  %22 = load float, float* %21, align 4
  %23 = getelementptr inbounds float, float* bitcast ([40 x i8]* @"const.dense_1/bias" to float*), i64 %epilogue4
  %24 = load float, float* %23, align 4
  %25 = fadd float %22, %24
  %26 = getelementptr inbounds float, float* %2, i64 %20
  store float %25, float* %26, align 4
  %epilogue.next = add nsw i64 %epilogue4, 1
  %27 = icmp slt i64 %epilogue.next, 10
  br i1 %27, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nounwind
define internal void @k23_softmax(float* noalias %0, float* noalias %1) #0 {
allocas:
  %max = alloca float, align 4
  %sum = alloca float, align 4
  br label %body

body:                                             ; preds = %allocas
  store float 0xFFF0000000000000, float* %max, align 4
  br label %max1

max1:                                             ; preds = %max1, %body
  %max2 = phi i64 [ 0, %body ], [ %max.next, %max1 ]
  %2 = load float, float* %max, align 4
  %3 = add nsw i64 0, %max2
  %4 = getelementptr inbounds float, float* %0, i64 %3
  %5 = load float, float* %4, align 4
  %6 = fcmp ogt float %2, %5
  %7 = fcmp uno float %2, %2
  %8 = select i1 %6, float %2, float %5
  %9 = select i1 %7, float %2, float %8
  store float %9, float* %max, align 4
  %max.next = add nsw i64 %max2, 1
  %10 = icmp slt i64 %max.next, 10
  br i1 %10, label %max1, label %max.end

max.end:                                          ; preds = %max1
  %11 = load float, float* %max, align 4
  store float 0.000000e+00, float* %sum, align 4
  br label %exp

exp:                                              ; preds = %exp, %max.end
  %exp3 = phi i64 [ 0, %max.end ], [ %exp.next, %exp ]
  %12 = add nsw i64 0, %exp3
  %13 = getelementptr inbounds float, float* %0, i64 %12
  %14 = load float, float* %13, align 4
  %15 = fsub float %14, %11
  %16 = call float @llvm.exp.f32(float %15)
  %17 = getelementptr inbounds float, float* %1, i64 %12
  store float %16, float* %17, align 4
  %18 = load float, float* %sum, align 4
  %19 = fadd float %18, %16
  store float %19, float* %sum, align 4
  %exp.next = add nsw i64 %exp3, 1
  %20 = icmp slt i64 %exp.next, 10
  br i1 %20, label %exp, label %exp.end

exp.end:                                          ; preds = %exp
  %21 = load float, float* %sum, align 4
  %22 = fdiv float 1.000000e+00, %21
  br label %scale

scale:                                            ; preds = %scale, %exp.end
  %scale4 = phi i64 [ 0, %exp.end ], [ %scale.next, %scale ]
  %23 = add nsw i64 0, %scale4
  %24 = getelementptr inbounds float, float* %1, i64 %23
  %25 = load float, float* %24, align 4
  %26 = fmul float %25, %22
  %27 = getelementptr inbounds float, float* %1, i64 %23
  store float %26, float* %27, align 4
  %scale.next = add nsw i64 %scale4, 1
  %28 = icmp slt i64 %scale.next, 10
  br i1 %28, label %scale, label %scale.end

scale.end:                                        ; preds = %scale
  ret void
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.exp.f32(float) #1

; Function Attrs: nounwind
define void @graph(i8** %0) #0 {
entry:
  %1 = getelementptr inbounds i8*, i8** %0, i64 4
  %arena = load i8*, i8** %1, align 8
  %2 = getelementptr inbounds i8*, i8** %0, i64 5
  %parallel_for = load i8*, i8** %2, align 8
  %3 = getelementptr inbounds i8*, i8** %0, i64 3
  %weights = load i8*, i8** %3, align 8
  %4 = bitcast i8* %weights to i8**
  %5 = getelementptr inbounds i8*, i8** %0, i64 0
  %in.images = load i8*, i8** %5, align 8
  %"conv1/Relu" = getelementptr inbounds i8, i8* %arena, i64 0
  %pool1 = getelementptr inbounds i8, i8* %arena, i64 18432
  %6 = getelementptr inbounds i8*, i8** %4, i64 0
  %"w.conv2/kernel" = load i8*, i8** %6, align 8
  %"conv2/Relu" = getelementptr inbounds i8, i8* %arena, i64 0
  %pool2 = getelementptr inbounds i8, i8* %arena, i64 4608
  %7 = getelementptr inbounds i8*, i8** %4, i64 1
  %"w.dense/kernel" = load i8*, i8** %7, align 8
  %8 = getelementptr inbounds i8*, i8** %0, i64 2
  %"out.dense/Relu" = load i8*, i8** %8, align 8
  %9 = getelementptr inbounds i8*, i8** %4, i64 2
  %"w.dense_1/kernel" = load i8*, i8** %9, align 8
  %logits = getelementptr inbounds i8, i8* %arena, i64 0
  %10 = getelementptr inbounds i8*, i8** %0, i64 1
  %out.softmax = load i8*, i8** %10, align 8
  %11 = bitcast i8* %in.images to float*
  %12 = bitcast i8* %"conv1/Relu" to float*
  call void @k5_conv1_Relu(float* %11, float* %12)
  %13 = bitcast i8* %"conv1/Relu" to float*
  %14 = bitcast i8* %pool1 to float*
  call void @k6_pool1(float* %13, float* %14)
  %15 = bitcast i8* %pool1 to float*
  %16 = bitcast i8* %"w.conv2/kernel" to float*
  %17 = bitcast i8* %"conv2/Relu" to float*
  call void @k11_conv2_Relu(float* %15, float* %16, float* %17)
  %18 = bitcast i8* %"conv2/Relu" to float*
  %19 = bitcast i8* %pool2 to float*
  call void @k12_pool2(float* %18, float* %19)
  %20 = bitcast i8* %pool2 to float*
  %21 = bitcast i8* %"w.dense/kernel" to float*
  %22 = bitcast i8* %"out.dense/Relu" to float*
  call void @k18_dense_Relu(float* %20, float* %21, float* %22)
  %23 = bitcast i8* %"out.dense/Relu" to float*
  %24 = bitcast i8* %"w.dense_1/kernel" to float*
  %25 = bitcast i8* %logits to float*
  call void @k22_logits(float* %23, float* %24, float* %25)
  %26 = bitcast i8* %logits to float*
  %27 = bitcast i8* %out.softmax to float*
  call void @k23_softmax(float* %26, float* %27)
  ret void
}


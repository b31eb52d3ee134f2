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
  %acc.12.0 = alloca <8 x float>, align 32
  %acc.13.0 = alloca <8 x float>, align 32
  %acc.14.0 = alloca <8 x float>, align 32
  %acc.15.0 = alloca <8 x float>, align 32
  %acc.16.0 = alloca <8 x float>, align 32
  %acc.17.0 = alloca <8 x float>, align 32
  %acc.18.0 = alloca <8 x float>, align 32
  %acc.19.0 = alloca <8 x float>, align 32
  %acc.20.0 = alloca <8 x float>, align 32
  %acc.21.0 = alloca <8 x float>, align 32
  %acc.22.0 = alloca <8 x float>, align 32
  %acc.23.0 = alloca <8 x float>, align 32
  br label %body

body:                                             ; preds = %allocas
  br label %slice

slice:                                            ; preds = %pixel.end, %body
  %slice1 = phi i64 [ 0, %body ], [ %slice.next, %pixel.end ]
  %2 = sdiv i64 %slice1, 24
  %3 = mul nsw i64 %2, 24
  %4 = sub i64 %slice1, %3
  %5 = sdiv i64 %4, 24
  %6 = mul nsw i64 %5, 24
  %7 = sub i64 %4, %6
  %8 = mul nsw i64 %2, 8
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
  store <8 x float> zeroinitializer, <8 x float>* %acc.12.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.13.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.14.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.15.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.16.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.17.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.18.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.19.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.20.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.21.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.22.0, align 32
  store <8 x float> zeroinitializer, <8 x float>* %acc.23.0, align 32
  br label %kh

slice.end:                                        ; preds = %pixel.end
  ret void

kh:                                               ; preds = %ih.ok.end, %slice
  %kh2 = phi i64 [ 0, %slice ], [ %kh.next, %ih.ok.end ]
  %9 = mul nsw i64 %7, 1
  %10 = add i64 %9, 0
  %11 = add nsw i64 %10, %kh2
  %12 = icmp ult i64 %11, 28
  br i1 %12, label %ih.ok, label %ih.ok.end

kh.end:                                           ; preds = %ih.ok.end
  %13 = mul nsw i64 %5, 24
  %14 = add nsw i64 %13, %7
  %15 = mul nsw i64 %14, 24
  %16 = add nsw i64 %15, 0
  %17 = add nsw i64 %16, 0
  %18 = mul nsw i64 %17, 8
  %19 = add nsw i64 %18, %8
  %20 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %21 = getelementptr inbounds float, float* %1, i64 %19
  %22 = bitcast float* %21 to <8 x float>*
  store <8 x float> %20, <8 x float>* %22, align 4
  %23 = add nsw i64 %16, 1
  %24 = mul nsw i64 %23, 8
  %25 = add nsw i64 %24, %8
  %26 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %27 = getelementptr inbounds float, float* %1, i64 %25
  %28 = bitcast float* %27 to <8 x float>*
  store <8 x float> %26, <8 x float>* %28, align 4
  %29 = add nsw i64 %16, 2
  %30 = mul nsw i64 %29, 8
  %31 = add nsw i64 %30, %8
  %32 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %33 = getelementptr inbounds float, float* %1, i64 %31
  %34 = bitcast float* %33 to <8 x float>*
  store <8 x float> %32, <8 x float>* %34, align 4
  %35 = add nsw i64 %16, 3
  %36 = mul nsw i64 %35, 8
  %37 = add nsw i64 %36, %8
  %38 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %39 = getelementptr inbounds float, float* %1, i64 %37
  %40 = bitcast float* %39 to <8 x float>*
  store <8 x float> %38, <8 x float>* %40, align 4
  %41 = add nsw i64 %16, 4
  %42 = mul nsw i64 %41, 8
  %43 = add nsw i64 %42, %8
  %44 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %45 = getelementptr inbounds float, float* %1, i64 %43
  %46 = bitcast float* %45 to <8 x float>*
  store <8 x float> %44, <8 x float>* %46, align 4
  %47 = add nsw i64 %16, 5
  %48 = mul nsw i64 %47, 8
  %49 = add nsw i64 %48, %8
  %50 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %51 = getelementptr inbounds float, float* %1, i64 %49
  %52 = bitcast float* %51 to <8 x float>*
  store <8 x float> %50, <8 x float>* %52, align 4
  %53 = add nsw i64 %16, 6
  %54 = mul nsw i64 %53, 8
  %55 = add nsw i64 %54, %8
  %56 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %57 = getelementptr inbounds float, float* %1, i64 %55
  %58 = bitcast float* %57 to <8 x float>*
  store <8 x float> %56, <8 x float>* %58, align 4
  %59 = add nsw i64 %16, 7
  %60 = mul nsw i64 %59, 8
  %61 = add nsw i64 %60, %8
  %62 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %63 = getelementptr inbounds float, float* %1, i64 %61
  %64 = bitcast float* %63 to <8 x float>*
  store <8 x float> %62, <8 x float>* %64, align 4
  %65 = add nsw i64 %16, 8
  %66 = mul nsw i64 %65, 8
  %67 = add nsw i64 %66, %8
  %68 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %69 = getelementptr inbounds float, float* %1, i64 %67
  %70 = bitcast float* %69 to <8 x float>*
  store <8 x float> %68, <8 x float>* %70, align 4
  %71 = add nsw i64 %16, 9
  %72 = mul nsw i64 %71, 8
  %73 = add nsw i64 %72, %8
  %74 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %75 = getelementptr inbounds float, float* %1, i64 %73
  %76 = bitcast float* %75 to <8 x float>*
  store <8 x float> %74, <8 x float>* %76, align 4
  %77 = add nsw i64 %16, 10
  %78 = mul nsw i64 %77, 8
  %79 = add nsw i64 %78, %8
  %80 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %81 = getelementptr inbounds float, float* %1, i64 %79
  %82 = bitcast float* %81 to <8 x float>*
  store <8 x float> %80, <8 x float>* %82, align 4
  %83 = add nsw i64 %16, 11
  %84 = mul nsw i64 %83, 8
  %85 = add nsw i64 %84, %8
  %86 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %87 = getelementptr inbounds float, float* %1, i64 %85
  %88 = bitcast float* %87 to <8 x float>*
  store <8 x float> %86, <8 x float>* %88, align 4
  %89 = add nsw i64 %16, 12
  %90 = mul nsw i64 %89, 8
  %91 = add nsw i64 %90, %8
  %92 = load <8 x float>, <8 x float>* %acc.12.0, align 32
  %93 = getelementptr inbounds float, float* %1, i64 %91
  %94 = bitcast float* %93 to <8 x float>*
  store <8 x float> %92, <8 x float>* %94, align 4
  %95 = add nsw i64 %16, 13
  %96 = mul nsw i64 %95, 8
  %97 = add nsw i64 %96, %8
  %98 = load <8 x float>, <8 x float>* %acc.13.0, align 32
  %99 = getelementptr inbounds float, float* %1, i64 %97
  %100 = bitcast float* %99 to <8 x float>*
  store <8 x float> %98, <8 x float>* %100, align 4
  %101 = add nsw i64 %16, 14
  %102 = mul nsw i64 %101, 8
  %103 = add nsw i64 %102, %8
  %104 = load <8 x float>, <8 x float>* %acc.14.0, align 32
  %105 = getelementptr inbounds float, float* %1, i64 %103
  %106 = bitcast float* %105 to <8 x float>*
  store <8 x float> %104, <8 x float>* %106, align 4
  %107 = add nsw i64 %16, 15
  %108 = mul nsw i64 %107, 8
  %109 = add nsw i64 %108, %8
  %110 = load <8 x float>, <8 x float>* %acc.15.0, align 32
  %111 = getelementptr inbounds float, float* %1, i64 %109
  %112 = bitcast float* %111 to <8 x float>*
  store <8 x float> %110, <8 x float>* %112, align 4
  %113 = add nsw i64 %16, 16
  %114 = mul nsw i64 %113, 8
  %115 = add nsw i64 %114, %8
  %116 = load <8 x float>, <8 x float>* %acc.16.0, align 32
  %117 = getelementptr inbounds float, float* %1, i64 %115
  %118 = bitcast float* %117 to <8 x float>*
  store <8 x float> %116, <8 x float>* %118, align 4
  %119 = add nsw i64 %16, 17
  %120 = mul nsw i64 %119, 8
  %121 = add nsw i64 %120, %8
  %122 = load <8 x float>, <8 x float>* %acc.17.0, align 32
  %123 = getelementptr inbounds float, float* %1, i64 %121
  %124 = bitcast float* %123 to <8 x float>*
  store <8 x float> %122, <8 x float>* %124, align 4
  %125 = add nsw i64 %16, 18
  %126 = mul nsw i64 %125, 8
  %127 = add nsw i64 %126, %8
  %128 = load <8 x float>, <8 x float>* %acc.18.0, align 32
  %129 = getelementptr inbounds float, float* %1, i64 %127
  %130 = bitcast float* %129 to <8 x float>*
  store <8 x float> %128, <8 x float>* %130, align 4
  %131 = add nsw i64 %16, 19
  %132 = mul nsw i64 %131, 8
  %133 = add nsw i64 %132, %8
  %134 = load <8 x float>, <8 x float>* %acc.19.0, align 32
  %135 = getelementptr inbounds float, float* %1, i64 %133
  %136 = bitcast float* %135 to <8 x float>*
  store <8 x float> %134, <8 x float>* %136, align 4
  %137 = add nsw i64 %16, 20
  %138 = mul nsw i64 %137, 8
  %139 = add nsw i64 %138, %8
  %140 = load <8 x float>, <8 x float>* %acc.20.0, align 32
  %141 = getelementptr inbounds float, float* %1, i64 %139
  %142 = bitcast float* %141 to <8 x float>*
  store <8 x float> %140, <8 x float>* %142, align 4
  %143 = add nsw i64 %16, 21
  %144 = mul nsw i64 %143, 8
  %145 = add nsw i64 %144, %8
  %146 = load <8 x float>, <8 x float>* %acc.21.0, align 32
  %147 = getelementptr inbounds float, float* %1, i64 %145
  %148 = bitcast float* %147 to <8 x float>*
  store <8 x float> %146, <8 x float>* %148, align 4
  %149 = add nsw i64 %16, 22
  %150 = mul nsw i64 %149, 8
  %151 = add nsw i64 %150, %8
  %152 = load <8 x float>, <8 x float>* %acc.22.0, align 32
  %153 = getelementptr inbounds float, float* %1, i64 %151
  %154 = bitcast float* %153 to <8 x float>*
  store <8 x float> %152, <8 x float>* %154, align 4
  %155 = add nsw i64 %16, 23
  %156 = mul nsw i64 %155, 8
  %157 = add nsw i64 %156, %8
  %158 = load <8 x float>, <8 x float>* %acc.23.0, align 32
  %159 = getelementptr inbounds float, float* %1, i64 %157
  %160 = bitcast float* %159 to <8 x float>*
  store <8 x float> %158, <8 x float>* %160, align 4
  br label %pixel

ih.ok:                                            ; preds = %kh
  %161 = mul nsw i64 %5, 28
  %162 = add nsw i64 %161, %11
  %163 = mul nsw i64 %162, 28
  br label %kw

ih.ok.end:                                        ; preds = %kw.end, %kh
  %kh.next = add nsw i64 %kh2, 1
  %164 = icmp slt i64 %kh.next, 5
  br i1 %164, label %kh, label %kh.end

kw:                                               ; preds = %kw, %ih.ok
  %kw3 = phi i64 [ 0, %ih.ok ], [ %kw.next, %kw ]
  %165 = mul nsw i64 %kh2, 5
  %166 = add nsw i64 %165, %kw3
  %167 = mul nsw i64 %166, 8
  %168 = add nsw i64 %167, %8
  %169 = add nsw i64 0, %kw3
  %170 = add nsw i64 %163, %169
  %171 = mul nsw i64 %170, 1
  %172 = getelementptr inbounds float, float* %0, i64 %171
  %173 = add nsw i64 1, %kw3
  %174 = add nsw i64 %163, %173
  %175 = mul nsw i64 %174, 1
  %176 = getelementptr inbounds float, float* %0, i64 %175
  %177 = add nsw i64 2, %kw3
  %178 = add nsw i64 %163, %177
  %179 = mul nsw i64 %178, 1
  %180 = getelementptr inbounds float, float* %0, i64 %179
  %181 = add nsw i64 3, %kw3
  %182 = add nsw i64 %163, %181
  %183 = mul nsw i64 %182, 1
  %184 = getelementptr inbounds float, float* %0, i64 %183
  %185 = add nsw i64 4, %kw3
  %186 = add nsw i64 %163, %185
  %187 = mul nsw i64 %186, 1
  %188 = getelementptr inbounds float, float* %0, i64 %187
  %189 = add nsw i64 5, %kw3
  %190 = add nsw i64 %163, %189
  %191 = mul nsw i64 %190, 1
  %192 = getelementptr inbounds float, float* %0, i64 %191
  %193 = add nsw i64 6, %kw3
  %194 = add nsw i64 %163, %193
  %195 = mul nsw i64 %194, 1
  %196 = getelementptr inbounds float, float* %0, i64 %195
  %197 = add nsw i64 7, %kw3
  %198 = add nsw i64 %163, %197
  %199 = mul nsw i64 %198, 1
  %200 = getelementptr inbounds float, float* %0, i64 %199
  %201 = add nsw i64 8, %kw3
  %202 = add nsw i64 %163, %201
  %203 = mul nsw i64 %202, 1
  %204 = getelementptr inbounds float, float* %0, i64 %203
  %205 = add nsw i64 9, %kw3
  %206 = add nsw i64 %163, %205
  %207 = mul nsw i64 %206, 1
  %208 = getelementptr inbounds float, float* %0, i64 %207
  %209 = add nsw i64 10, %kw3
  %210 = add nsw i64 %163, %209
  %211 = mul nsw i64 %210, 1
  %212 = getelementptr inbounds float, float* %0, i64 %211
  %213 = add nsw i64 11, %kw3
  %214 = add nsw i64 %163, %213
  %215 = mul nsw i64 %214, 1
  %216 = getelementptr inbounds float, float* %0, i64 %215
  %217 = add nsw i64 12, %kw3
  %218 = add nsw i64 %163, %217
  %219 = mul nsw i64 %218, 1
  %220 = getelementptr inbounds float, float* %0, i64 %219
  %221 = add nsw i64 13, %kw3
  %222 = add nsw i64 %163, %221
  %223 = mul nsw i64 %222, 1
  %224 = getelementptr inbounds float, float* %0, i64 %223
  %225 = add nsw i64 14, %kw3
  %226 = add nsw i64 %163, %225
  %227 = mul nsw i64 %226, 1
  %228 = getelementptr inbounds float, float* %0, i64 %227
  %229 = add nsw i64 15, %kw3
  %230 = add nsw i64 %163, %229
  %231 = mul nsw i64 %230, 1
  %232 = getelementptr inbounds float, float* %0, i64 %231
  %233 = add nsw i64 16, %kw3
  %234 = add nsw i64 %163, %233
  %235 = mul nsw i64 %234, 1
  %236 = getelementptr inbounds float, float* %0, i64 %235
  %237 = add nsw i64 17, %kw3
  %238 = add nsw i64 %163, %237
  %239 = mul nsw i64 %238, 1
  %240 = getelementptr inbounds float, float* %0, i64 %239
  %241 = add nsw i64 18, %kw3
  %242 = add nsw i64 %163, %241
  %243 = mul nsw i64 %242, 1
  %244 = getelementptr inbounds float, float* %0, i64 %243
  %245 = add nsw i64 19, %kw3
  %246 = add nsw i64 %163, %245
  %247 = mul nsw i64 %246, 1
  %248 = getelementptr inbounds float, float* %0, i64 %247
  %249 = add nsw i64 20, %kw3
  %250 = add nsw i64 %163, %249
  %251 = mul nsw i64 %250, 1
  %252 = getelementptr inbounds float, float* %0, i64 %251
  %253 = add nsw i64 21, %kw3
  %254 = add nsw i64 %163, %253
  %255 = mul nsw i64 %254, 1
  %256 = getelementptr inbounds float, float* %0, i64 %255
  %257 = add nsw i64 22, %kw3
  %258 = add nsw i64 %163, %257
  %259 = mul nsw i64 %258, 1
  %260 = getelementptr inbounds float, float* %0, i64 %259
  %261 = add nsw i64 23, %kw3
  %262 = add nsw i64 %163, %261
  %263 = mul nsw i64 %262, 1
  %264 = getelementptr inbounds float, float* %0, i64 %263
  %265 = add nsw i64 %168, 0
  %266 = getelementptr inbounds float, float* bitcast ([800 x i8]* @"const.conv1/kernel" to float*), i64 %265
  %267 = bitcast float* %266 to <8 x float>*
  %268 = load <8 x float>, <8 x float>* %267, align 4
  %269 = getelementptr inbounds float, float* %172, i64 0
  %270 = load float, float* %269, align 4
  %271 = insertelement <8 x float> undef, float %270, i64 0
  %272 = shufflevector <8 x float> %271, <8 x float> undef, <8 x i32> zeroinitializer
  %273 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %274 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %272, <8 x float> %268, <8 x float> %273)
  store <8 x float> %274, <8 x float>* %acc.0.0, align 32
  %275 = getelementptr inbounds float, float* %176, i64 0
  %276 = load float, float* %275, align 4
  %277 = insertelement <8 x float> undef, float %276, i64 0
  %278 = shufflevector <8 x float> %277, <8 x float> undef, <8 x i32> zeroinitializer
  %279 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %280 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %278, <8 x float> %268, <8 x float> %279)
  store <8 x float> %280, <8 x float>* %acc.1.0, align 32
  %281 = getelementptr inbounds float, float* %180, i64 0
  %282 = load float, float* %281, align 4
  %283 = insertelement <8 x float> undef, float %282, i64 0
  %284 = shufflevector <8 x float> %283, <8 x float> undef, <8 x i32> zeroinitializer
  %285 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %286 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %284, <8 x float> %268, <8 x float> %285)
  store <8 x float> %286, <8 x float>* %acc.2.0, align 32
  %287 = getelementptr inbounds float, float* %184, i64 0
  %288 = load float, float* %287, align 4
  %289 = insertelement <8 x float> undef, float %288, i64 0
  %290 = shufflevector <8 x float> %289, <8 x float> undef, <8 x i32> zeroinitializer
  %291 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %292 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %290, <8 x float> %268, <8 x float> %291)
  store <8 x float> %292, <8 x float>* %acc.3.0, align 32
  %293 = getelementptr inbounds float, float* %188, i64 0
  %294 = load float, float* %293, align 4
  %295 = insertelement <8 x float> undef, float %294, i64 0
  %296 = shufflevector <8 x float> %295, <8 x float> undef, <8 x i32> zeroinitializer
  %297 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %298 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %296, <8 x float> %268, <8 x float> %297)
  store <8 x float> %298, <8 x float>* %acc.4.0, align 32
  %299 = getelementptr inbounds float, float* %192, i64 0
  %300 = load float, float* %299, align 4
  %301 = insertelement <8 x float> undef, float %300, i64 0
  %302 = shufflevector <8 x float> %301, <8 x float> undef, <8 x i32> zeroinitializer
  %303 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %304 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %302, <8 x float> %268, <8 x float> %303)
  store <8 x float> %304, <8 x float>* %acc.5.0, align 32
  %305 = getelementptr inbounds float, float* %196, i64 0
  %306 = load float, float* %305, align 4
  %307 = insertelement <8 x float> undef, float %306, i64 0
  %308 = shufflevector <8 x float> %307, <8 x float> undef, <8 x i32> zeroinitializer
  %309 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %310 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %308, <8 x float> %268, <8 x float> %309)
  store <8 x float> %310, <8 x float>* %acc.6.0, align 32
  %311 = getelementptr inbounds float, float* %200, i64 0
  %312 = load float, float* %311, align 4
  %313 = insertelement <8 x float> undef, float %312, i64 0
  %314 = shufflevector <8 x float> %313, <8 x float> undef, <8 x i32> zeroinitializer
  %315 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %316 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %314, <8 x float> %268, <8 x float> %315)
  store <8 x float> %316, <8 x float>* %acc.7.0, align 32
  %317 = getelementptr inbounds float, float* %204, i64 0
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i64 0
  %320 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %322 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %320, <8 x float> %268, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %acc.8.0, align 32
  %323 = getelementptr inbounds float, float* %208, i64 0
  %324 = load float, float* %323, align 4
  %325 = insertelement <8 x float> undef, float %324, i64 0
  %326 = shufflevector <8 x float> %325, <8 x float> undef, <8 x i32> zeroinitializer
  %327 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %328 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %326, <8 x float> %268, <8 x float> %327)
  store <8 x float> %328, <8 x float>* %acc.9.0, align 32
  %329 = getelementptr inbounds float, float* %212, i64 0
  %330 = load float, float* %329, align 4
  %331 = insertelement <8 x float> undef, float %330, i64 0
  %332 = shufflevector <8 x float> %331, <8 x float> undef, <8 x i32> zeroinitializer
  %333 = load <8 x float>, <8 x float>* %acc.10.0, align 32
  %334 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %332, <8 x float> %268, <8 x float> %333)
  store <8 x float> %334, <8 x float>* %acc.10.0, align 32
  %335 = getelementptr inbounds float, float* %216, i64 0
  %336 = load float, float* %335, align 4
  %337 = insertelement <8 x float> undef, float %336, i64 0
  %338 = shufflevector <8 x float> %337, <8 x float> undef, <8 x i32> zeroinitializer
  %339 = load <8 x float>, <8 x float>* %acc.11.0, align 32
  %340 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %338, <8 x float> %268, <8 x float> %339)
  store <8 x float> %340, <8 x float>* %acc.11.0, align 32
  %341 = getelementptr inbounds float, float* %220, i64 0
  %342 = load float, float* %341, align 4
  %343 = insertelement <8 x float> undef, float %342, i64 0
  %344 = shufflevector <8 x float> %343, <8 x float> undef, <8 x i32> zeroinitializer
  %345 = load <8 x float>, <8 x float>* %acc.12.0, align 32
  %346 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %344, <8 x float> %268, <8 x float> %345)
  store <8 x float> %346, <8 x float>* %acc.12.0, align 32
  %347 = getelementptr inbounds float, float* %224, i64 0
  %348 = load float, float* %347, align 4
  %349 = insertelement <8 x float> undef, float %348, i64 0
  %350 = shufflevector <8 x float> %349, <8 x float> undef, <8 x i32> zeroinitializer
  %351 = load <8 x float>, <8 x float>* %acc.13.0, align 32
  %352 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %350, <8 x float> %268, <8 x float> %351)
  store <8 x float> %352, <8 x float>* %acc.13.0, align 32
  %353 = getelementptr inbounds float, float* %228, i64 0
  %354 = load float, float* %353, align 4
  %355 = insertelement <8 x float> undef, float %354, i64 0
  %356 = shufflevector <8 x float> %355, <8 x float> undef, <8 x i32> zeroinitializer
  %357 = load <8 x float>, <8 x float>* %acc.14.0, align 32
  %358 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %356, <8 x float> %268, <8 x float> %357)
  store <8 x float> %358, <8 x float>* %acc.14.0, align 32
  %359 = getelementptr inbounds float, float* %232, i64 0
  %360 = load float, float* %359, align 4
  %361 = insertelement <8 x float> undef, float %360, i64 0
  %362 = shufflevector <8 x float> %361, <8 x float> undef, <8 x i32> zeroinitializer
  %363 = load <8 x float>, <8 x float>* %acc.15.0, align 32
  %364 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %362, <8 x float> %268, <8 x float> %363)
  store <8 x float> %364, <8 x float>* %acc.15.0, align 32
  %365 = getelementptr inbounds float, float* %236, i64 0
  %366 = load float, float* %365, align 4
  %367 = insertelement <8 x float> undef, float %366, i64 0
  %368 = shufflevector <8 x float> %367, <8 x float> undef, <8 x i32> zeroinitializer
  %369 = load <8 x float>, <8 x float>* %acc.16.0, align 32
  %370 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %368, <8 x float> %268, <8 x float> %369)
  store <8 x float> %370, <8 x float>* %acc.16.0, align 32
  %371 = getelementptr inbounds float, float* %240, i64 0
  %372 = load float, float* %371, align 4
  %373 = insertelement <8 x float> undef, float %372, i64 0
  %374 = shufflevector <8 x float> %373, <8 x float> undef, <8 x i32> zeroinitializer
  %375 = load <8 x float>, <8 x float>* %acc.17.0, align 32
  %376 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %374, <8 x float> %268, <8 x float> %375)
  store <8 x float> %376, <8 x float>* %acc.17.0, align 32
  %377 = getelementptr inbounds float, float* %244, i64 0
  %378 = load float, float* %377, align 4
  %379 = insertelement <8 x float> undef, float %378, i64 0
  %380 = shufflevector <8 x float> %379, <8 x float> undef, <8 x i32> zeroinitializer
  %381 = load <8 x float>, <8 x float>* %acc.18.0, align 32
  %382 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %380, <8 x float> %268, <8 x float> %381)
  store <8 x float> %382, <8 x float>* %acc.18.0, align 32
  %383 = getelementptr inbounds float, float* %248, i64 0
  %384 = load float, float* %383, align 4
  %385 = insertelement <8 x float> undef, float %384, i64 0
  %386 = shufflevector <8 x float> %385, <8 x float> undef, <8 x i32> zeroinitializer
  %387 = load <8 x float>, <8 x float>* %acc.19.0, align 32
  %388 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %386, <8 x float> %268, <8 x float> %387)
  store <8 x float> %388, <8 x float>* %acc.19.0, align 32
  %389 = getelementptr inbounds float, float* %252, i64 0
  %390 = load float, float* %389, align 4
  %391 = insertelement <8 x float> undef, float %390, i64 0
  %392 = shufflevector <8 x float> %391, <8 x float> undef, <8 x i32> zeroinitializer
  %393 = load <8 x float>, <8 x float>* %acc.20.0, align 32
  %394 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %392, <8 x float> %268, <8 x float> %393)
  store <8 x float> %394, <8 x float>* %acc.20.0, align 32
  %395 = getelementptr inbounds float, float* %256, i64 0
  %396 = load float, float* %395, align 4
  %397 = insertelement <8 x float> undef, float %396, i64 0
  %398 = shufflevector <8 x float> %397, <8 x float> undef, <8 x i32> zeroinitializer
  %399 = load <8 x float>, <8 x float>* %acc.21.0, align 32
  %400 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %398, <8 x float> %268, <8 x float> %399)
  store <8 x float> %400, <8 x float>* %acc.21.0, align 32
  %401 = getelementptr inbounds float, float* %260, i64 0
  %402 = load float, float* %401, align 4
  %403 = insertelement <8 x float> undef, float %402, i64 0
  %404 = shufflevector <8 x float> %403, <8 x float> undef, <8 x i32> zeroinitializer
  %405 = load <8 x float>, <8 x float>* %acc.22.0, align 32
  %406 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %404, <8 x float> %268, <8 x float> %405)
  store <8 x float> %406, <8 x float>* %acc.22.0, align 32
  %407 = getelementptr inbounds float, float* %264, i64 0
  %408 = load float, float* %407, align 4
  %409 = insertelement <8 x float> undef, float %408, i64 0
  %410 = shufflevector <8 x float> %409, <8 x float> undef, <8 x i32> zeroinitializer
  %411 = load <8 x float>, <8 x float>* %acc.23.0, align 32
  %412 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %410, <8 x float> %268, <8 x float> %411)
  store <8 x float> %412, <8 x float>* %acc.23.0, align 32
  %kw.next = add nsw i64 %kw3, 1
  %413 = icmp slt i64 %kw.next, 5
  br i1 %413, label %kw, label %kw.end

kw.end:                                           ; preds = %kw
  br label %ih.ok.end

pixel:                                            ; preds = %epilogue.end, %kh.end
  %pixel4 = phi i64 [ 0, %kh.end ], [ %pixel.next, %epilogue.end ]
  %414 = add nsw i64 %16, %pixel4
  %415 = mul nsw i64 %414, 8
  %416 = add nsw i64 %415, %8
  br label %epilogue

pixel.end:                                        ; preds = %epilogue.end
  %slice.next = add nsw i64 %slice1, 1
  %417 = icmp slt i64 %slice.next, 24
  br i1 %417, label %slice, label %slice.end

epilogue:                                         ; preds = %epilogue, %pixel
  %epilogue5 = phi i64 [ 0, %pixel ], [ %epilogue.next, %epilogue ]
  %418 = add nsw i64 %416, %epilogue5
  %419 = add nsw i64 %8, %epilogue5
  %420 = getelementptr inbounds float, float* %1, i64 %418
  %421 = load float, float* %420, align 4
  %422 = sdiv i64 %414, 24
  %423 = urem i64 %422, 24
  %424 = urem i64 %414, 24
  %425 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv1/bias" to float*), i64 %419
  %426 = load float, float* %425, align 4
  %427 = fadd float %421, %426
  %428 = fcmp ole float %427, 0.000000e+00
  %429 = select i1 %428, float 0.000000e+00, float %427
  %430 = getelementptr inbounds float, float* %1, i64 %418
  store float %429, float* %430, align 4
  %epilogue.next = add nsw i64 %epilogue5, 1
  %431 = icmp slt i64 %epilogue.next, 8
  br i1 %431, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
  %pixel.next = add nsw i64 %pixel4, 1
  %432 = icmp slt i64 %pixel.next, 24
  br i1 %432, label %pixel, label %pixel.end
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
  br label %body

body:                                             ; preds = %allocas
  br label %slice

slice:                                            ; preds = %epilogue.end40, %body
  %slice1 = phi i64 [ 0, %body ], [ %slice.next, %epilogue.end40 ]
  %3 = sdiv i64 %slice1, 12
  %4 = mul nsw i64 %3, 12
  %5 = sub i64 %slice1, %4
  %6 = sdiv i64 %5, 12
  %7 = mul nsw i64 %6, 12
  %8 = sub i64 %5, %7
  %9 = mul nsw i64 %3, 8
  store <8 x float> zeroinitializer, <8 x float>* %acc.0.0, align 32
  br label %kh

slice.end:                                        ; preds = %epilogue.end40
  ret void

kh:                                               ; preds = %ih.ok.end, %slice
  %kh2 = phi i64 [ 0, %slice ], [ %kh.next, %ih.ok.end ]
  %10 = mul nsw i64 %8, 1
  %11 = add i64 %10, -1
  %12 = add nsw i64 %11, %kh2
  %13 = icmp ult i64 %12, 12
  br i1 %13, label %ih.ok, label %ih.ok.end

kh.end:                                           ; preds = %ih.ok.end
  %14 = mul nsw i64 %6, 12
  %15 = add nsw i64 %14, %8
  %16 = mul nsw i64 %15, 12
  %17 = add nsw i64 %16, 0
  %18 = add nsw i64 %17, 0
  %19 = mul nsw i64 %18, 8
  %20 = add nsw i64 %19, %9
  %21 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %22 = getelementptr inbounds float, float* %2, i64 %20
  %23 = bitcast float* %22 to <8 x float>*
  store <8 x float> %21, <8 x float>* %23, align 4
  %24 = add nsw i64 %17, 0
  %25 = mul nsw i64 %24, 8
  %26 = add nsw i64 %25, %9
  br label %epilogue

ih.ok:                                            ; preds = %kh
  %27 = mul nsw i64 %6, 12
  %28 = add nsw i64 %27, %12
  %29 = mul nsw i64 %28, 12
  %30 = mul nsw i64 %kh2, 3
  %31 = add nsw i64 %30, 1
  %32 = mul nsw i64 %31, 64
  %33 = add nsw i64 %32, %9
  %34 = add nsw i64 %29, 0
  %35 = mul nsw i64 %34, 8
  %36 = getelementptr inbounds float, float* %0, i64 %35
  br label %c

ih.ok.end:                                        ; preds = %c.end5, %kh
  %kh.next = add nsw i64 %kh2, 1
  %37 = icmp slt i64 %kh.next, 3
  br i1 %37, label %kh, label %kh.end

c:                                                ; preds = %c, %ih.ok
  %c3 = phi i64 [ 0, %ih.ok ], [ %c.next, %c ]
  %38 = mul nsw i64 %c3, 8
  %39 = add nsw i64 %33, %38
  %40 = getelementptr inbounds float, float* %1, i64 %39
  %41 = bitcast float* %40 to <8 x float>*
  %42 = load <8 x float>, <8 x float>* %41, align 4
  %43 = getelementptr inbounds float, float* %36, i64 %c3
  %44 = load float, float* %43, align 4
  %45 = insertelement <8 x float> undef, float %44, i64 0
  %46 = shufflevector <8 x float> %45, <8 x float> undef, <8 x i32> zeroinitializer
  %47 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %48 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %46, <8 x float> %42, <8 x float> %47)
  store <8 x float> %48, <8 x float>* %acc.0.0, align 32
  %c.next = add nsw i64 %c3, 1
  %49 = icmp slt i64 %c.next, 8
  br i1 %49, label %c, label %c.end

c.end:                                            ; preds = %c
  %50 = mul nsw i64 %kh2, 3
  %51 = add nsw i64 %50, 2
  %52 = mul nsw i64 %51, 64
  %53 = add nsw i64 %52, %9
  %54 = add nsw i64 %29, 1
  %55 = mul nsw i64 %54, 8
  %56 = getelementptr inbounds float, float* %0, i64 %55
  br label %c4

c4:                                               ; preds = %c4, %c.end
  %c6 = phi i64 [ 0, %c.end ], [ %c.next7, %c4 ]
  %57 = mul nsw i64 %c6, 8
  %58 = add nsw i64 %53, %57
  %59 = getelementptr inbounds float, float* %1, i64 %58
  %60 = bitcast float* %59 to <8 x float>*
  %61 = load <8 x float>, <8 x float>* %60, align 4
  %62 = getelementptr inbounds float, float* %56, i64 %c6
  %63 = load float, float* %62, align 4
  %64 = insertelement <8 x float> undef, float %63, i64 0
  %65 = shufflevector <8 x float> %64, <8 x float> undef, <8 x i32> zeroinitializer
  %66 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %67 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %65, <8 x float> %61, <8 x float> %66)
  store <8 x float> %67, <8 x float>* %acc.0.0, align 32
  %c.next7 = add nsw i64 %c6, 1
  %68 = icmp slt i64 %c.next7, 8
  br i1 %68, label %c4, label %c.end5

c.end5:                                           ; preds = %c4
  br label %ih.ok.end

epilogue:                                         ; preds = %epilogue, %kh.end
  %epilogue8 = phi i64 [ 0, %kh.end ], [ %epilogue.next, %epilogue ]
  %69 = add nsw i64 %26, %epilogue8
  %70 = add nsw i64 %9, %epilogue8
  %71 = getelementptr inbounds float, float* %2, i64 %69
  %72 = load float, float* %71, align 4
  %73 = sdiv i64 %24, 12
  %74 = urem i64 %73, 12
  %75 = urem i64 %24, 12
  %76 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv2/bias" to float*), i64 %70
  %77 = load float, float* %76, align 4
  %78 = fadd float %72, %77
  %79 = fcmp ole float %78, 0.000000e+00
  %80 = select i1 %79, float 0.000000e+00, float %78
  %81 = getelementptr inbounds float, float* %2, i64 %69
  store float %80, float* %81, align 4
  %epilogue.next = add nsw i64 %epilogue8, 1
  %82 = icmp slt i64 %epilogue.next, 8
  br i1 %82, label %epilogue, label %epilogue.end

epilogue.end:                                     ; preds = %epilogue
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
  br label %kh9

kh9:                                              ; preds = %ih.ok.end13, %epilogue.end
  %kh11 = phi i64 [ 0, %epilogue.end ], [ %kh.next19, %ih.ok.end13 ]
  %83 = mul nsw i64 %8, 1
  %84 = add i64 %83, -1
  %85 = add nsw i64 %84, %kh11
  %86 = icmp ult i64 %85, 12
  br i1 %86, label %ih.ok12, label %ih.ok.end13

kh.end10:                                         ; preds = %ih.ok.end13
  %87 = mul nsw i64 %6, 12
  %88 = add nsw i64 %87, %8
  %89 = mul nsw i64 %88, 12
  %90 = add nsw i64 %89, 1
  %91 = add nsw i64 %90, 0
  %92 = mul nsw i64 %91, 8
  %93 = add nsw i64 %92, %9
  %94 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %95 = getelementptr inbounds float, float* %2, i64 %93
  %96 = bitcast float* %95 to <8 x float>*
  store <8 x float> %94, <8 x float>* %96, align 4
  %97 = add nsw i64 %90, 1
  %98 = mul nsw i64 %97, 8
  %99 = add nsw i64 %98, %9
  %100 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %101 = getelementptr inbounds float, float* %2, i64 %99
  %102 = bitcast float* %101 to <8 x float>*
  store <8 x float> %100, <8 x float>* %102, align 4
  %103 = add nsw i64 %90, 2
  %104 = mul nsw i64 %103, 8
  %105 = add nsw i64 %104, %9
  %106 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %107 = getelementptr inbounds float, float* %2, i64 %105
  %108 = bitcast float* %107 to <8 x float>*
  store <8 x float> %106, <8 x float>* %108, align 4
  %109 = add nsw i64 %90, 3
  %110 = mul nsw i64 %109, 8
  %111 = add nsw i64 %110, %9
  %112 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %113 = getelementptr inbounds float, float* %2, i64 %111
  %114 = bitcast float* %113 to <8 x float>*
  store <8 x float> %112, <8 x float>* %114, align 4
  %115 = add nsw i64 %90, 4
  %116 = mul nsw i64 %115, 8
  %117 = add nsw i64 %116, %9
  %118 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %119 = getelementptr inbounds float, float* %2, i64 %117
  %120 = bitcast float* %119 to <8 x float>*
  store <8 x float> %118, <8 x float>* %120, align 4
  %121 = add nsw i64 %90, 5
  %122 = mul nsw i64 %121, 8
  %123 = add nsw i64 %122, %9
  %124 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %125 = getelementptr inbounds float, float* %2, i64 %123
  %126 = bitcast float* %125 to <8 x float>*
  store <8 x float> %124, <8 x float>* %126, align 4
  %127 = add nsw i64 %90, 6
  %128 = mul nsw i64 %127, 8
  %129 = add nsw i64 %128, %9
  %130 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %131 = getelementptr inbounds float, float* %2, i64 %129
  %132 = bitcast float* %131 to <8 x float>*
  store <8 x float> %130, <8 x float>* %132, align 4
  %133 = add nsw i64 %90, 7
  %134 = mul nsw i64 %133, 8
  %135 = add nsw i64 %134, %9
  %136 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %137 = getelementptr inbounds float, float* %2, i64 %135
  %138 = bitcast float* %137 to <8 x float>*
  store <8 x float> %136, <8 x float>* %138, align 4
  %139 = add nsw i64 %90, 8
  %140 = mul nsw i64 %139, 8
  %141 = add nsw i64 %140, %9
  %142 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %143 = getelementptr inbounds float, float* %2, i64 %141
  %144 = bitcast float* %143 to <8 x float>*
  store <8 x float> %142, <8 x float>* %144, align 4
  %145 = add nsw i64 %90, 9
  %146 = mul nsw i64 %145, 8
  %147 = add nsw i64 %146, %9
  %148 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %149 = getelementptr inbounds float, float* %2, i64 %147
  %150 = bitcast float* %149 to <8 x float>*
  store <8 x float> %148, <8 x float>* %150, align 4
  br label %pixel

ih.ok12:                                          ; preds = %kh9
  %151 = mul nsw i64 %6, 12
  %152 = add nsw i64 %151, %85
  %153 = mul nsw i64 %152, 12
  br label %kw

ih.ok.end13:                                      ; preds = %kw.end, %kh9
  %kh.next19 = add nsw i64 %kh11, 1
  %154 = icmp slt i64 %kh.next19, 3
  br i1 %154, label %kh9, label %kh.end10

kw:                                               ; preds = %c.end16, %ih.ok12
  %kw14 = phi i64 [ 0, %ih.ok12 ], [ %kw.next, %c.end16 ]
  %155 = mul nsw i64 %kh11, 3
  %156 = add nsw i64 %155, %kw14
  %157 = mul nsw i64 %156, 64
  %158 = add nsw i64 %157, %9
  %159 = add nsw i64 0, %kw14
  %160 = add nsw i64 %153, %159
  %161 = mul nsw i64 %160, 8
  %162 = getelementptr inbounds float, float* %0, i64 %161
  %163 = add nsw i64 1, %kw14
  %164 = add nsw i64 %153, %163
  %165 = mul nsw i64 %164, 8
  %166 = getelementptr inbounds float, float* %0, i64 %165
  %167 = add nsw i64 2, %kw14
  %168 = add nsw i64 %153, %167
  %169 = mul nsw i64 %168, 8
  %170 = getelementptr inbounds float, float* %0, i64 %169
  %171 = add nsw i64 3, %kw14
  %172 = add nsw i64 %153, %171
  %173 = mul nsw i64 %172, 8
  %174 = getelementptr inbounds float, float* %0, i64 %173
  %175 = add nsw i64 4, %kw14
  %176 = add nsw i64 %153, %175
  %177 = mul nsw i64 %176, 8
  %178 = getelementptr inbounds float, float* %0, i64 %177
  %179 = add nsw i64 5, %kw14
  %180 = add nsw i64 %153, %179
  %181 = mul nsw i64 %180, 8
  %182 = getelementptr inbounds float, float* %0, i64 %181
  %183 = add nsw i64 6, %kw14
  %184 = add nsw i64 %153, %183
  %185 = mul nsw i64 %184, 8
  %186 = getelementptr inbounds float, float* %0, i64 %185
  %187 = add nsw i64 7, %kw14
  %188 = add nsw i64 %153, %187
  %189 = mul nsw i64 %188, 8
  %190 = getelementptr inbounds float, float* %0, i64 %189
  %191 = add nsw i64 8, %kw14
  %192 = add nsw i64 %153, %191
  %193 = mul nsw i64 %192, 8
  %194 = getelementptr inbounds float, float* %0, i64 %193
  %195 = add nsw i64 9, %kw14
  %196 = add nsw i64 %153, %195
  %197 = mul nsw i64 %196, 8
  %198 = getelementptr inbounds float, float* %0, i64 %197
  br label %c15

kw.end:                                           ; preds = %c.end16
  br label %ih.ok.end13

c15:                                              ; preds = %c15, %kw
  %c17 = phi i64 [ 0, %kw ], [ %c.next18, %c15 ]
  %199 = mul nsw i64 %c17, 8
  %200 = add nsw i64 %158, %199
  %201 = getelementptr inbounds float, float* %1, i64 %200
  %202 = bitcast float* %201 to <8 x float>*
  %203 = load <8 x float>, <8 x float>* %202, align 4
  %204 = getelementptr inbounds float, float* %162, i64 %c17
  %205 = load float, float* %204, align 4
  %206 = insertelement <8 x float> undef, float %205, i64 0
  %207 = shufflevector <8 x float> %206, <8 x float> undef, <8 x i32> zeroinitializer
  %208 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %209 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %207, <8 x float> %203, <8 x float> %208)
  store <8 x float> %209, <8 x float>* %acc.0.0, align 32
  %210 = getelementptr inbounds float, float* %166, i64 %c17
  %211 = load float, float* %210, align 4
  %212 = insertelement <8 x float> undef, float %211, i64 0
  %213 = shufflevector <8 x float> %212, <8 x float> undef, <8 x i32> zeroinitializer
  %214 = load <8 x float>, <8 x float>* %acc.1.0, align 32
  %215 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %213, <8 x float> %203, <8 x float> %214)
  store <8 x float> %215, <8 x float>* %acc.1.0, align 32
  %216 = getelementptr inbounds float, float* %170, i64 %c17
  %217 = load float, float* %216, align 4
  %218 = insertelement <8 x float> undef, float %217, i64 0
  %219 = shufflevector <8 x float> %218, <8 x float> undef, <8 x i32> zeroinitializer
  %220 = load <8 x float>, <8 x float>* %acc.2.0, align 32
  %221 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %219, <8 x float> %203, <8 x float> %220)
  store <8 x float> %221, <8 x float>* %acc.2.0, align 32
  %222 = getelementptr inbounds float, float* %174, i64 %c17
  %223 = load float, float* %222, align 4
  %224 = insertelement <8 x float> undef, float %223, i64 0
  %225 = shufflevector <8 x float> %224, <8 x float> undef, <8 x i32> zeroinitializer
  %226 = load <8 x float>, <8 x float>* %acc.3.0, align 32
  %227 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %225, <8 x float> %203, <8 x float> %226)
  store <8 x float> %227, <8 x float>* %acc.3.0, align 32
  %228 = getelementptr inbounds float, float* %178, i64 %c17
  %229 = load float, float* %228, align 4
  %230 = insertelement <8 x float> undef, float %229, i64 0
  %231 = shufflevector <8 x float> %230, <8 x float> undef, <8 x i32> zeroinitializer
  %232 = load <8 x float>, <8 x float>* %acc.4.0, align 32
  %233 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %231, <8 x float> %203, <8 x float> %232)
  store <8 x float> %233, <8 x float>* %acc.4.0, align 32
  %234 = getelementptr inbounds float, float* %182, i64 %c17
  %235 = load float, float* %234, align 4
  %236 = insertelement <8 x float> undef, float %235, i64 0
  %237 = shufflevector <8 x float> %236, <8 x float> undef, <8 x i32> zeroinitializer
  %238 = load <8 x float>, <8 x float>* %acc.5.0, align 32
  %239 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %237, <8 x float> %203, <8 x float> %238)
  store <8 x float> %239, <8 x float>* %acc.5.0, align 32
  %240 = getelementptr inbounds float, float* %186, i64 %c17
  %241 = load float, float* %240, align 4
  %242 = insertelement <8 x float> undef, float %241, i64 0
  %243 = shufflevector <8 x float> %242, <8 x float> undef, <8 x i32> zeroinitializer
  %244 = load <8 x float>, <8 x float>* %acc.6.0, align 32
  %245 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %243, <8 x float> %203, <8 x float> %244)
  store <8 x float> %245, <8 x float>* %acc.6.0, align 32
  %246 = getelementptr inbounds float, float* %190, i64 %c17
  %247 = load float, float* %246, align 4
  %248 = insertelement <8 x float> undef, float %247, i64 0
  %249 = shufflevector <8 x float> %248, <8 x float> undef, <8 x i32> zeroinitializer
  %250 = load <8 x float>, <8 x float>* %acc.7.0, align 32
  %251 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %249, <8 x float> %203, <8 x float> %250)
  store <8 x float> %251, <8 x float>* %acc.7.0, align 32
  %252 = getelementptr inbounds float, float* %194, i64 %c17
  %253 = load float, float* %252, align 4
  %254 = insertelement <8 x float> undef, float %253, i64 0
  %255 = shufflevector <8 x float> %254, <8 x float> undef, <8 x i32> zeroinitializer
  %256 = load <8 x float>, <8 x float>* %acc.8.0, align 32
  %257 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %255, <8 x float> %203, <8 x float> %256)
  store <8 x float> %257, <8 x float>* %acc.8.0, align 32
  %258 = getelementptr inbounds float, float* %198, i64 %c17
  %259 = load float, float* %258, align 4
  %260 = insertelement <8 x float> undef, float %259, i64 0
  %261 = shufflevector <8 x float> %260, <8 x float> undef, <8 x i32> zeroinitializer
  %262 = load <8 x float>, <8 x float>* %acc.9.0, align 32
  %263 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %261, <8 x float> %203, <8 x float> %262)
  store <8 x float> %263, <8 x float>* %acc.9.0, align 32
  %c.next18 = add nsw i64 %c17, 1
  %264 = icmp slt i64 %c.next18, 8
  br i1 %264, label %c15, label %c.end16

c.end16:                                          ; preds = %c15
  %kw.next = add nsw i64 %kw14, 1
  %265 = icmp slt i64 %kw.next, 3
  br i1 %265, label %kw, label %kw.end

pixel:                                            ; preds = %epilogue.end22, %kh.end10
  %pixel20 = phi i64 [ 0, %kh.end10 ], [ %pixel.next, %epilogue.end22 ]
  %266 = add nsw i64 %90, %pixel20
  %267 = mul nsw i64 %266, 8
  %268 = add nsw i64 %267, %9
  br label %epilogue21

pixel.end:                                        ; preds = %epilogue.end22
  store <8 x float> zeroinitializer, <8 x float>* %acc.0.0, align 32
  br label %kh25

epilogue21:                                       ; preds = %epilogue21, %pixel
  %epilogue23 = phi i64 [ 0, %pixel ], [ %epilogue.next24, %epilogue21 ]
  %269 = add nsw i64 %268, %epilogue23
  %270 = add nsw i64 %9, %epilogue23
  %271 = getelementptr inbounds float, float* %2, i64 %269
  %272 = load float, float* %271, align 4
  %273 = sdiv i64 %266, 12
  %274 = urem i64 %273, 12
  %275 = urem i64 %266, 12
  %276 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv2/bias" to float*), i64 %270
  %277 = load float, float* %276, align 4
  %278 = fadd float %272, %277
  %279 = fcmp ole float %278, 0.000000e+00
  %280 = select i1 %279, float 0.000000e+00, float %278
  %281 = getelementptr inbounds float, float* %2, i64 %269
  store float %280, float* %281, align 4
  %epilogue.next24 = add nsw i64 %epilogue23, 1
  %282 = icmp slt i64 %epilogue.next24, 8
  br i1 %282, label %epilogue21, label %epilogue.end22

epilogue.end22:                                   ; preds = %epilogue21
  %pixel.next = add nsw i64 %pixel20, 1
  %283 = icmp slt i64 %pixel.next, 10
  br i1 %283, label %pixel, label %pixel.end

kh25:                                             ; preds = %ih.ok.end29, %pixel.end
  %kh27 = phi i64 [ 0, %pixel.end ], [ %kh.next38, %ih.ok.end29 ]
  %284 = mul nsw i64 %8, 1
  %285 = add i64 %284, -1
  %286 = add nsw i64 %285, %kh27
  %287 = icmp ult i64 %286, 12
  br i1 %287, label %ih.ok28, label %ih.ok.end29

kh.end26:                                         ; preds = %ih.ok.end29
  %288 = mul nsw i64 %6, 12
  %289 = add nsw i64 %288, %8
  %290 = mul nsw i64 %289, 12
  %291 = add nsw i64 %290, 11
  %292 = add nsw i64 %291, 0
  %293 = mul nsw i64 %292, 8
  %294 = add nsw i64 %293, %9
  %295 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %296 = getelementptr inbounds float, float* %2, i64 %294
  %297 = bitcast float* %296 to <8 x float>*
  store <8 x float> %295, <8 x float>* %297, align 4
  %298 = add nsw i64 %291, 0
  %299 = mul nsw i64 %298, 8
  %300 = add nsw i64 %299, %9
  br label %epilogue39

ih.ok28:                                          ; preds = %kh25
  %301 = mul nsw i64 %6, 12
  %302 = add nsw i64 %301, %286
  %303 = mul nsw i64 %302, 12
  %304 = mul nsw i64 %kh27, 3
  %305 = add nsw i64 %304, 0
  %306 = mul nsw i64 %305, 64
  %307 = add nsw i64 %306, %9
  %308 = add nsw i64 %303, 10
  %309 = mul nsw i64 %308, 8
  %310 = getelementptr inbounds float, float* %0, i64 %309
  br label %c30

ih.ok.end29:                                      ; preds = %c.end35, %kh25
  %kh.next38 = add nsw i64 %kh27, 1
  %311 = icmp slt i64 %kh.next38, 3
  br i1 %311, label %kh25, label %kh.end26

c30:                                              ; preds = %c30, %ih.ok28
  %c32 = phi i64 [ 0, %ih.ok28 ], [ %c.next33, %c30 ]
  %312 = mul nsw i64 %c32, 8
  %313 = add nsw i64 %307, %312
  %314 = getelementptr inbounds float, float* %1, i64 %313
  %315 = bitcast float* %314 to <8 x float>*
  %316 = load <8 x float>, <8 x float>* %315, align 4
  %317 = getelementptr inbounds float, float* %310, i64 %c32
  %318 = load float, float* %317, align 4
  %319 = insertelement <8 x float> undef, float %318, i64 0
  %320 = shufflevector <8 x float> %319, <8 x float> undef, <8 x i32> zeroinitializer
  %321 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %322 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %320, <8 x float> %316, <8 x float> %321)
  store <8 x float> %322, <8 x float>* %acc.0.0, align 32
  %c.next33 = add nsw i64 %c32, 1
  %323 = icmp slt i64 %c.next33, 8
  br i1 %323, label %c30, label %c.end31

c.end31:                                          ; preds = %c30
  %324 = mul nsw i64 %kh27, 3
  %325 = add nsw i64 %324, 1
  %326 = mul nsw i64 %325, 64
  %327 = add nsw i64 %326, %9
  %328 = add nsw i64 %303, 11
  %329 = mul nsw i64 %328, 8
  %330 = getelementptr inbounds float, float* %0, i64 %329
  br label %c34

c34:                                              ; preds = %c34, %c.end31
  %c36 = phi i64 [ 0, %c.end31 ], [ %c.next37, %c34 ]
  %331 = mul nsw i64 %c36, 8
  %332 = add nsw i64 %327, %331
  %333 = getelementptr inbounds float, float* %1, i64 %332
  %334 = bitcast float* %333 to <8 x float>*
  %335 = load <8 x float>, <8 x float>* %334, align 4
  %336 = getelementptr inbounds float, float* %330, i64 %c36
  %337 = load float, float* %336, align 4
  %338 = insertelement <8 x float> undef, float %337, i64 0
  %339 = shufflevector <8 x float> %338, <8 x float> undef, <8 x i32> zeroinitializer
  %340 = load <8 x float>, <8 x float>* %acc.0.0, align 32
  %341 = call <8 x float> @llvm.fmuladd.v8f32(<8 x float> %339, <8 x float> %335, <8 x float> %340)
  store <8 x float> %341, <8 x float>* %acc.0.0, align 32
  %c.next37 = add nsw i64 %c36, 1
  %342 = icmp slt i64 %c.next37, 8
  br i1 %342, label %c34, label %c.end35

c.end35:                                          ; preds = %c34
  br label %ih.ok.end29

epilogue39:                                       ; preds = %epilogue39, %kh.end26
  %epilogue41 = phi i64 [ 0, %kh.end26 ], [ %epilogue.next42, %epilogue39 ]
  %343 = add nsw i64 %300, %epilogue41
  %344 = add nsw i64 %9, %epilogue41
  %345 = getelementptr inbounds float, float* %2, i64 %343
  %346 = load float, float* %345, align 4
  %347 = sdiv i64 %298, 12
  %348 = urem i64 %347, 12
  %349 = urem i64 %298, 12
  %350 = getelementptr inbounds float, float* bitcast ([32 x i8]* @"const.conv2/bias" to float*), i64 %344
  %351 = load float, float* %350, align 4
  %352 = fadd float %346, %351
  %353 = fcmp ole float %352, 0.000000e+00
  %354 = select i1 %353, float 0.000000e+00, float %352
  %355 = getelementptr inbounds float, float* %2, i64 %343
  store float %354, float* %355, align 4
  %epilogue.next42 = add nsw i64 %epilogue41, 1
  %356 = icmp slt i64 %epilogue.next42, 8
  br i1 %356, label %epilogue39, label %epilogue.end40

epilogue.end40:                                   ; preds = %epilogue39
  %slice.next = add nsw i64 %slice1, 1
  %357 = icmp slt i64 %slice.next, 12
  br i1 %357, label %slice, label %slice.end
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

